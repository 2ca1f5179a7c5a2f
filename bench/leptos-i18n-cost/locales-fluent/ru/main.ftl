title = Будапештский процесс
states = { $count ->
    [one] { $count } государство
    [few] { $count } государства
    [many] { $count } государств
   *[other] { $count } государства
}
