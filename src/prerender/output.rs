//! Writing the rendered files, each with `.br` and `.gz` copies for servers
//! that serve precompressed files (nginx `brotli_static`/`gzip_static`,
//! many CDNs). Compression runs on every core: it is most of the work.
//!
//! A manifest (`render-manifest.txt`) lists what the last run wrote, so the
//! next run removes the pages of items that are gone from the data, and no
//! stale compressed copy outlives its page.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::fingerprint::Fingerprinter;

pub struct Output {
    root: PathBuf,
    compress: bool,
    written: Vec<PathBuf>,
    bytes: u64,
    /// Over every file written, by name and content (the service worker's
    /// version starts from it).
    fingerprint: Fingerprinter,
}

impl Output {
    pub fn new(root: &Path, compress: bool) -> Output {
        Output {
            root: root.to_owned(),
            compress,
            written: Vec::new(),
            bytes: 0,
            fingerprint: Default::default(),
        }
    }

    /// What has been written so far, fingerprinted.
    pub fn fingerprint(&self) -> &Fingerprinter {
        &self.fingerprint
    }

    /// Writes `contents` to `relative` under the root (`relative` comes
    /// from `plan::file_path`, which never leaves the root).
    pub fn write(&mut self, relative: &Path, contents: &[u8]) -> Result<(), String> {
        let path = self.root.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
        if !self.compress {
            // An older compressed copy would be served instead of this.
            remove_copies(&path);
        }
        self.bytes += contents.len() as u64;
        self.fingerprint.update(relative.to_string_lossy().as_bytes());
        self.fingerprint.update(contents);
        self.written.push(path);
        Ok(())
    }

    /// Removes what the previous run wrote and this one did not, records
    /// this run's files, and compresses them; returns the bytes written
    /// (before compression).
    pub fn finish(self) -> Result<u64, String> {
        let manifest = self.root.join(MANIFEST);
        let listed: Vec<String> = self.written.iter().filter_map(|p| relative(&self.root, p)).collect();
        if let Ok(previous) = std::fs::read_to_string(&manifest) {
            for old in previous.lines().filter(|l| !l.is_empty() && !listed.iter().any(|n| n == l)) {
                // Only names this program wrote, never outside the root.
                if old.split('/').any(|part| part == ".." || part.is_empty()) {
                    continue;
                }
                let path = self.root.join(old);
                let _ = std::fs::remove_file(&path);
                remove_copies(&path);
            }
        }
        std::fs::write(&manifest, listed.join("\n") + "\n")
            .map_err(|e| format!("{}: {e}", manifest.display()))?;
        if self.compress {
            let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
            let chunk = self.written.len().div_ceil(workers).max(1);
            std::thread::scope(|scope| {
                let jobs: Vec<_> = self
                    .written
                    .chunks(chunk)
                    .map(|files| scope.spawn(move || compress_all(files)))
                    .collect();
                jobs.into_iter()
                    .try_for_each(|job| job.join().unwrap_or_else(|_| Err("compression failed".into())))
            })?;
        }
        Ok(self.bytes)
    }
}

/// The list of files the last run wrote, under the root.
pub const MANIFEST: &str = "render-manifest.txt";

fn relative(root: &Path, path: &Path) -> Option<String> {
    path.strip_prefix(root).ok()?.to_str().map(|p| p.replace('\\', "/"))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_copies(path: &Path) {
    for suffix in [".br", ".gz"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
}

fn compress_all(files: &[PathBuf]) -> Result<(), String> {
    // Images are compressed already; the host's own files (Netlify's
    // `_headers`) are read by the host, never sent.
    let served = |p: &&PathBuf| {
        p.extension().is_none_or(|e| e != "png")
            && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_'))
    };
    for path in files.iter().filter(served) {
        let contents = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut brotli = Vec::new();
        {
            let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
            let mut input = contents.as_slice();
            brotli::BrotliCompress(&mut input, &mut brotli, &params).map_err(|e| e.to_string())?;
        }
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&contents).map_err(|e| e.to_string())?;
        let gzip = gzip.finish().map_err(|e| e.to_string())?;
        std::fs::write(with_suffix(path, ".br"), brotli).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(with_suffix(path, ".gz"), gzip).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
