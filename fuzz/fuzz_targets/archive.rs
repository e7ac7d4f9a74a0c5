//! Listing and reading any zip, tar or tar.gz through the batch's input reader never
//! panics. The first byte picks the kind; the rest is written to a file of that name,
//! since the batch reads archives from disk.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use vnbrief::batch::{inputs, InputSpec};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("vnbrief-fuzz-archive-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (name, spec): (&str, fn(PathBuf) -> InputSpec) = match pick % 3 {
        0 => ("in.zip", InputSpec::Zip),
        1 => ("in.tar", InputSpec::Tar),
        _ => ("in.tar.gz", InputSpec::TarGz),
    };
    let path = dir.join(name);
    std::fs::write(&path, rest).unwrap();
    let opts = inputs::ListOptions::default();
    if let Ok(mut items) = inputs::enumerate(&[spec(path)], &opts) {
        inputs::assign_outputs(&mut items, &Default::default(), |_| false);
        inputs::read_all(items, &opts.limits, |_, bytes| {
            let _ = bytes.map(|b| b.len());
            true
        });
    }
});
