// Decoders from the pre-Unicode Vietnamese encodings to UTF-8 (NFC).
//
//  - TCVN3: TCVN 5712:1993, the "ABC" fonts (.VnTime, .VnArial; capitals in
//    the ...H fonts). One byte per letter; VN3, the part the fonts implement,
//    is 0xA1–0xFF; the full table (VN1) adds capitals in 0x80–0x9F and in
//    unused control positions. Table: glibc's TCVN5712-1 charmap.
//  - VNI: the VNI-Times / VNI-Helve fonts. A base letter followed by one mark
//    byte (aù = á, aâ = â, aá = ấ), plus single bytes for ơ ư đ and the i-vowels.
//  - VIQR: RFC 1456, ASCII marks after the vowel: Ke^' hoa.ch = Kế hoạch.
//  - Windows-1258: Microsoft's code page, base letters plus combining tone
//    marks; decoded by ICU.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vbtrack {

enum class LegacyEncoding { windows1258, tcvn3, vni, viqr };

// The name the record uses: "windows-1258", "tcvn3", "vni", "viqr".
std::string_view encoding_name(LegacyEncoding encoding);

// 8-bit bytes in each encoding → UTF-8 NFC. Bytes outside the Vietnamese
// table decode as Windows-1252 (punctuation such as “ ” – in VNI text).
std::string decode_tcvn3(std::string_view bytes);
std::string decode_vni(std::string_view bytes);
std::string decode_windows1258(std::string_view bytes);

// VIQR is a convention on top of ASCII, so it decodes UTF-8 text. A mark
// character right after a vowel is a mark unless escaped with '\' (RFC 1456);
// a '.', '?' or '\'' ending a word is a mark only when it leaves a correctly
// marked Vietnamese syllable ("sau." ends a sentence, "ha." is "hạ"). "dd"
// is đ at the start of a word, and inside one only as capitals (HDDND).
std::string decode_viqr(std::string_view utf8);

// Text whose legacy bytes were once read as Windows-1252 and stored as UTF-8
// ("KÕ ho¹ch"): the bytes are recovered and decoded. Characters that have no
// Windows-1252 byte are kept. For VIQR this is decode_viqr.
std::string decode_misread(std::string_view utf8, LegacyEncoding encoding);

// One TCVN 5712:1993 byte as Unicode; the bytes 0xB0–0xB4 are combining tone marks.
char32_t tcvn3_char(unsigned char byte);

// Windows-1252: the code point of a byte, and the byte of a code point if it has one.
char32_t windows1252_char(unsigned char byte);
std::optional<unsigned char> windows1252_byte(char32_t c);

}  // namespace vbtrack
