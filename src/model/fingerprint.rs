//! A short fingerprint of a data file, so the browser can tell whether the
//! file it downloaded is the one a page was pre-rendered from.
//!
//! FNV-1a (64 bits): a few lines, fast on 100 KB in wasm, and plenty to tell
//! two versions of a file apart. It guards against a mistake (data replaced
//! without re-rendering), not an attacker, who could change the page too.

pub fn fingerprint(bytes: &[u8]) -> String {
    let mut hasher = Fingerprinter::default();
    hasher.update(bytes);
    hasher.finish()
}

/// The same fingerprint over many pieces, for what is too big to hold at
/// once (every page of a build, for the service worker's version).
#[derive(Clone)]
pub struct Fingerprinter(u64);

impl Default for Fingerprinter {
    fn default() -> Self {
        Fingerprinter(0xcbf2_9ce4_8422_2325)
    }
}

impl Fingerprinter {
    pub fn update(&mut self, bytes: &[u8]) {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        self.0 = bytes.iter().fold(self.0, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(PRIME));
    }

    pub fn finish(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_sensitivity() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fingerprint(b""), "cbf29ce484222325");
        assert_eq!(fingerprint(b"a"), "af63dc4c8601ec8c");
        assert_ne!(fingerprint(b"{\"items\":[]}"), fingerprint(b"{\"items\":[ ]}"));
        assert_eq!(fingerprint(b"feed").len(), 16);
    }

    #[test]
    fn pieces_hash_as_the_whole() {
        let mut hasher = Fingerprinter::default();
        hasher.update(b"{\"items\":");
        hasher.update(b"[]}");
        assert_eq!(hasher.finish(), fingerprint(b"{\"items\":[]}"));
    }
}
