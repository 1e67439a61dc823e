// The legacy decoders and the encoding detection on any bytes: whatever the
// bytes, each decoder returns valid UTF-8 (the text then goes through ICU and
// into JSON), detection names one of the encodings it documents, and decoding
// as the detected encoding gives the same text.
#include <algorithm>
#include <array>
#include <stdexcept>

#include "normalizers/legacy_fonts.hpp"
#include "normalizers/legacy_text.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using vbtrack::fuzz::check;
    using vbtrack::fuzz::is_valid_utf8;
    const std::string_view bytes = vbtrack::fuzz::as_text(data, size);

    const auto detected = vbtrack::decode_legacy_bytes(bytes);
    check(is_valid_utf8(detected.utf8));
    static constexpr std::array<std::string_view, 6> kNames = {"utf-8", "viqr", "windows-1258", "tcvn3", "vni", "windows-1252"};
    check(std::find(kNames.begin(), kNames.end(), detected.encoding) != kNames.end());
    if (detected.encoding != "windows-1252" && detected.encoding != "utf-8")
        check(vbtrack::decode_bytes_as(bytes, detected.encoding).utf8 == detected.utf8);

    check(is_valid_utf8(vbtrack::decode_tcvn3(bytes)));
    check(is_valid_utf8(vbtrack::decode_vni(bytes)));
    check(is_valid_utf8(vbtrack::decode_windows1258(bytes)));
    for (std::string_view name : {"tcvn3", "vni", "viqr", "windows-1258"})
        check(is_valid_utf8(vbtrack::decode_bytes_as(bytes, name).utf8));
    try {
        check(vbtrack::decode_bytes_as(bytes, "utf-8").utf8 == bytes);
    } catch (const std::invalid_argument&) {
        check(!is_valid_utf8(bytes));  // refused only when it really is not UTF-8
    }

    // The UTF-8 paths (VIQR, text misread as Windows-1252, a run in a legacy
    // font of a Word file) are fed what they are given in the pipeline: UTF-8.
    if (is_valid_utf8(bytes)) {
        check(is_valid_utf8(vbtrack::decode_viqr(bytes)));
        for (auto encoding : {vbtrack::LegacyEncoding::tcvn3, vbtrack::LegacyEncoding::vni, vbtrack::LegacyEncoding::windows1258})
            check(is_valid_utf8(vbtrack::decode_misread(bytes, encoding)));
        for (std::string_view font : {".VnTime", ".VnTimeH", "VNI-Times"})
            check(is_valid_utf8(vbtrack::decode_run(bytes, *vbtrack::font_encoding(font))));
    }
    return 0;
}
