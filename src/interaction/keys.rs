//! The keys both views answer for their zoom: + zooms in, - zooms out, 0
//! shows everything again.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    In,
    Out,
    Reset,
}

/// The zoom a key asks for (both spellings of + and - on common layouts).
pub fn zoom_key(key: &str) -> Option<Zoom> {
    match key {
        "+" | "=" => Some(Zoom::In),
        "-" | "_" => Some(Zoom::Out),
        "0" => Some(Zoom::Reset),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keys() {
        assert_eq!(zoom_key("+"), Some(Zoom::In));
        assert_eq!(zoom_key("="), Some(Zoom::In));
        assert_eq!(zoom_key("_"), Some(Zoom::Out));
        assert_eq!(zoom_key("0"), Some(Zoom::Reset));
        assert_eq!(zoom_key("1"), None);
        assert_eq!(zoom_key("ArrowLeft"), None);
    }
}
