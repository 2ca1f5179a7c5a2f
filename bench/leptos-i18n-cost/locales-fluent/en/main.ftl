title = Budapest Process
states = { $count ->
    [one] { $count } state
   *[other] { $count } states
}
