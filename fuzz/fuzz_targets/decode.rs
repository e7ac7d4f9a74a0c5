//! Decoding any bytes, detected or in a forced encoding, never panics and gives NFC text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnbrief::decode::{decode, Encoding};

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode(data, None) {
        assert!(unicode_normalization::is_nfc(&decoded.text));
    }
    // The first byte picks an encoding to force on the rest.
    if let Some((&pick, rest)) = data.split_first() {
        let forced = Encoding::ALL[usize::from(pick) % Encoding::ALL.len()];
        if let Ok(decoded) = decode(rest, Some(forced)) {
            assert!(unicode_normalization::is_nfc(&decoded.text));
        }
    }
});
