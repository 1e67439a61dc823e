// Encoders from Unicode to the legacy Vietnamese encodings, for tests only:
// they make legacy-encoded documents out of the gold texts. They are written
// from the published code tables independently of the decoders (Unicode's
// decomposition gives the base letter and marks), so a round trip checks one
// against the other.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack::test {

// VNI Windows (VNI-Times): base letter + mark byte; throws for characters VNI cannot write.
std::string encode_vni(std::string_view utf8);

// Windows-1258: base letter + combining tone byte (the decomposed form Windows writes).
std::string encode_windows1258(std::string_view utf8);

// VIQR (RFC 1456), with '\' before a literal mark character that follows a vowel.
std::string encode_viqr(std::string_view utf8);

// TCVN3 as the ABC fonts (VN3) have it: lowercase letters and Ă Â Ê Ô Ơ Ư Đ.
// A capital with a tone mark has no VN3 byte: `capital_font` says whether the
// character needs the capitals-only font (.VnTimeH), where it is written
// with its lowercase byte.
bool needs_capital_font(char32_t c);
// One character's VN3 byte (for a capital needing the H font, the lowercase
// letter's byte); throws when VN3 has none.
unsigned char tcvn3_vn3_byte(char32_t c);

// Full TCVN 5712:1993 (VN1) via glibc's iconv converter "TCVN5712-1".
std::string encode_tcvn3_glibc(std::string_view utf8);

// Bytes → the UTF-8 text of their Windows-1252 characters, as Word stores a
// legacy-font run and as a naive reader shows legacy bytes ("KÕ ho¹ch").
std::string as_windows1252_text(std::string_view bytes);

}  // namespace vbtrack::test
