#include "normalizers/legacy_encodings.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "legacy_encoders.hpp"
#include "normalizers/base_form.hpp"
#include "normalizers/legacy_text.hpp"
#include "normalizers/tokenizer.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

// Hand-checked strings: each byte looked up in the published table named.

TEST(Tcvn3, DecodesBytesOfThePublishedTable) {
    // glibc charmap TCVN5712-1: 0xD5 ế, 0xB9 ạ (the "KÕ ho¹ch"), 0xAE đ, 0xE8 ố,
    // 0xAD ư, 0xEA ờ, 0xE9 ộ, 0xDF ò, 0xA7 Đ, 0xA2 Â.
    EXPECT_EQ(decode_tcvn3("K\xD5 ho\xB9" "ch"), "Kế hoạch");
    EXPECT_EQ(decode_tcvn3("\xAE\xE8i tho\xB9i"), "đối thoại");
    EXPECT_EQ(decode_tcvn3("Ng\xAD\xEAi"), "Người");
    EXPECT_EQ(decode_tcvn3("C\xE9ng h\xDF" "a"), "Cộng hòa");
    EXPECT_EQ(decode_tcvn3("\xA7\xA2U"), "ĐÂU");
    // VN1 capitals: 0x9E Ủ, 0x01 Ú; 0xB3 is the combining acute.
    EXPECT_EQ(decode_tcvn3("\x9EY BAN"), "ỦY BAN");
    EXPECT_EQ(decode_tcvn3("\x01"), "Ú");
    EXPECT_EQ(decode_tcvn3("a\xB3"), "á");
}

TEST(Vni, DecodesBytesOfThePublishedTable) {
    // VNI Windows: ù ø û õ ï tones; â circumflex, ê breve; á à å ã ä circumflex+tone;
    // ñ đ, ô ơ, ö ư, æ ỉ, ò ị; capitals 0x20 lower (Ù Û Ñ).
    EXPECT_EQ(decode_vni("Ke\xE1 hoa\xEF" "ch"), "Kế hoạch");
    EXPECT_EQ(decode_vni("\xD1o\xE4" "c la\xE4p - T\xF6\xEF do - Ha\xEFnh phu\xF9" "c"), "Độc lập - Tự do - Hạnh phúc");
    EXPECT_EQ(decode_vni("Ng\xF6\xF4\xF8i"), "Người");
    EXPECT_EQ(decode_vni("U\xDBY BAN"), "ỦY BAN");
    EXPECT_EQ(decode_vni("ho\xF8" "a, t\xE6nh, quye\xE1t \xF1\xF2nh, na\xEAm, \xD1" "A\xDBNG"), "hòa, tỉnh, quyết định, năm, ĐẢNG");
    EXPECT_EQ(decode_vni("a\xE9 a\xFA a\xEB \xEE"), "ắ ẳ ặ ỵ");  // é ú ë: breve + acute, hook, dot; î ỵ
}

TEST(Windows1258, DecodesBytesOfThePublishedTable) {
    // Microsoft cp1258 (glibc charmap CP1258): 0xEA ê, 0xF4 ô, 0xF5 ơ, 0xFD ư, 0xD0 Đ;
    // combining 0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below.
    EXPECT_EQ(decode_windows1258("K\xEA\xEC hoa\xF2" "ch"), "Kế hoạch");
    EXPECT_EQ(decode_windows1258("Ng\xFD\xF5\xCCi"), "Người");
    EXPECT_EQ(decode_windows1258("\xD0\xF4\xEC" "c la\xD2p"), "Đốc lảp");
    EXPECT_EQ(decode_windows1258("\x93" "a\xDE\x94"), "“ã”");
    EXPECT_EQ(decode_windows1258("H\xE0 N\xF4\xF2i"), "Hà Nội");  // 0xE0 is à precomposed, as Windows also writes it
}

TEST(Viqr, DecodesRfc1456) {
    EXPECT_EQ(decode_viqr("Ke^' hoa.ch"), "Kế hoạch");
    EXPECT_EQ(decode_viqr("DDo^.c la^.p - Tu+. do - Ha.nh phu'c"), "Độc lập - Tự do - Hạnh phúc");
    EXPECT_EQ(decode_viqr("Ngu+o+`i"), "Người");
    EXPECT_EQ(decode_viqr("Ba.n te^n gi`\\?"), "Bạn tên gì?");  // '\' makes the mark character literal
    EXPECT_EQ(decode_viqr("\\dd"), "dd");
    EXPECT_EQ(decode_viqr("SG\\DDDT"), "SGDĐT");  // the literal D is escaped, then DD is Đ
}

TEST(Viqr, SentencePunctuationIsNotAMark) {
    EXPECT_EQ(decode_viqr("ngay sau."), "ngay sau.");      // "saụ" is no syllable
    EXPECT_EQ(decode_viqr("con ha."), "con hạ");            // "hạ" is
    EXPECT_EQ(decode_viqr("I. MU.C DDI'CH"), "I. MỤC ĐÍCH"); // a heading number
    EXPECT_EQ(decode_viqr("A. Nguye^~n"), "A. Nguyễn");      // an initial
    EXPECT_EQ(decode_viqr("add, odd"), "add, odd");          // dd is đ only at the start of a word
}

TEST(Windows1252, TableAgreesWithIcu) {
    for (int byte = 0; byte < 256; ++byte) {
        const std::string one(1, static_cast<char>(byte));
        const std::string icu = test::as_windows1252_text(one);
        std::string ours;
        const char32_t c = windows1252_char(static_cast<unsigned char>(byte));
        icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(ours);
        EXPECT_EQ(ours, icu) << "byte " << byte;
        EXPECT_EQ(windows1252_byte(c), static_cast<unsigned char>(byte)) << "byte " << byte;
    }
}

// ---- Round trips and detection on the gold texts ---------------------------

std::vector<std::string> gold_texts(const std::filesystem::path& shared) {
    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        std::ifstream in(entry.path() / "gold.txt", std::ios::binary);
        if (!in) continue;
        std::ostringstream text;
        text << in.rdbuf();
        texts.push_back(text.str());
    }
    return texts;
}

// TCVN 5712 has no curly quotes and no superscript two.
std::string within_tcvn_repertoire(std::string text) {
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"“", "\""}, {"”", "\""}, {"²", "2"}}) {
        for (std::size_t at; (at = text.find(from)) != std::string::npos;) text.replace(at, from.size(), to);
    }
    return text;
}

TEST(RoundTrip, EveryEncodingDecodesToTheGoldTextAndIsDetected) {
    VBTRACK_REQUIRE_SHARED(shared);
    for (const std::string& gold : gold_texts(shared)) {
        const std::string tcvn = within_tcvn_repertoire(gold);
        const struct {
            std::string name, bytes, expected;
        } cases[] = {
            {"vni", test::encode_vni(gold), gold},
            {"windows-1258", test::encode_windows1258(gold), gold},
            {"viqr", test::encode_viqr(gold), gold},
            {"tcvn3", test::encode_tcvn3_glibc(tcvn), tcvn},
        };
        for (const auto& c : cases) {
            const DecodedText decoded = decode_legacy_bytes(c.bytes);
            EXPECT_EQ(decoded.encoding, c.name);
            EXPECT_EQ(decoded.utf8, c.expected) << c.name << " of " << gold.substr(0, 60);
        }
        // Legacy bytes once read as Windows-1252 and saved as UTF-8.
        const DecodedText misread = decode_legacy_bytes(test::as_windows1252_text(test::encode_tcvn3_glibc(tcvn)));
        EXPECT_EQ(misread.encoding, "tcvn3");
        EXPECT_EQ(misread.utf8, tcvn);
        // Unicode text stays as it is.
        const DecodedText plain = decode_legacy_bytes(gold);
        EXPECT_EQ(plain.encoding, "utf-8");
        EXPECT_EQ(plain.utf8, gold);
    }
}

// VN3, the ABC fonts' table, typed into the test from the standard: it has
// no capitals with tone marks, so the text is lowercased first.
TEST(RoundTrip, Tcvn3Vn3TableOfTheAbcFonts) {
    VBTRACK_REQUIRE_SHARED(shared);
    for (const std::string& gold : gold_texts(shared)) {
        std::string lower;
        icu::UnicodeString::fromUTF8(within_tcvn_repertoire(gold)).toLower(icu::Locale("vi")).toUTF8String(lower);
        std::string bytes;
        const icu::UnicodeString text = icu::UnicodeString::fromUTF8(lower);
        for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
            bytes += static_cast<char>(test::tcvn3_vn3_byte(static_cast<char32_t>(text.char32At(i))));
        }
        const DecodedText decoded = decode_legacy_bytes(bytes);
        EXPECT_EQ(decoded.encoding, "tcvn3");
        EXPECT_EQ(decoded.utf8, lower);
    }
}

// Detection must be right for any stretch of 200 characters or more.
TEST(Detection, RightForEveryWindowOf200Characters) {
    VBTRACK_REQUIRE_SHARED(shared);
    int windows = 0;
    for (const std::string& gold : gold_texts(shared)) {
        const icu::UnicodeString text = icu::UnicodeString::fromUTF8(within_tcvn_repertoire(gold));
        for (int32_t start = 0; start + 200 <= text.length(); start += 200) {
            std::string window;
            text.tempSubString(start, 200).toUTF8String(window);
            ++windows;
            EXPECT_EQ(decode_legacy_bytes(test::encode_vni(window)).encoding, "vni") << window;
            EXPECT_EQ(decode_legacy_bytes(test::encode_windows1258(window)).encoding, "windows-1258") << window;
            EXPECT_EQ(decode_legacy_bytes(test::encode_viqr(window)).encoding, "viqr") << window;
            EXPECT_EQ(decode_legacy_bytes(test::encode_tcvn3_glibc(window)).encoding, "tcvn3") << window;
            EXPECT_EQ(decode_legacy_bytes(window).encoding, "utf-8") << window;
        }
    }
    EXPECT_GT(windows, 100);
}

// Every syllable of `text` without its marks, as typed on a keyboard without
// Vietnamese (lower case too: case plays no part in the detection).
std::string without_marks(std::string_view text) {
    std::string out;
    std::size_t copied = 0;
    for (const Token& token : tokenize(text)) {
        if (token.kind != TokenKind::syllable) continue;
        out.append(text.substr(copied, token.begin - copied));
        out += base_form(token.text);
        copied = token.end;
    }
    out.append(text.substr(copied));
    return out;
}

// A full stop after a vowel is VIQR's dot below ("xa." → "xạ"): text typed
// without marks must not be taken for VIQR for its sentence ends, which would
// drop its full stops and give the restorer wrong marks to start from.
TEST(Detection, TextTypedWithoutMarksIsNotViqr) {
    const std::string typed =
        "Giao Uy ban nhan dan xa chu tri to chuc thuc hien ke hoach cua xa. Truong thon, ban phoi hop kiem tra, ra "
        "soat cac ho dan va bao cao ket qua ve xa. Cac doan the chinh tri - xa hoi tuyen truyen den tung ho gia dinh "
        "trong nam nay. Kinh phi thuc hien lay tu ngan sach xa. Thoi han hoan thanh la ngay 30/6/2025.";
    const DecodedText decoded = decode_legacy_bytes(typed);
    EXPECT_EQ(decoded.encoding, "utf-8");
    EXPECT_EQ(decoded.utf8, typed);
    VBTRACK_REQUIRE_SHARED(shared);
    for (const std::string& gold : gold_texts(shared)) {
        const std::string stripped = without_marks(gold);
        EXPECT_EQ(decode_legacy_bytes(stripped).encoding, "utf-8") << stripped.substr(0, 80);
    }
}

TEST(Detection, NonVietnameseTextIsLeftAlone) {
    EXPECT_EQ(decode_legacy_bytes("plain ASCII, with I. headings and don't.").encoding, "utf-8");
    const DecodedText french = decode_legacy_bytes("Le caf\xE9 est pr\xEAt \xE0 \xEAtre servi, d\xE9j\xE0 tr\xE8s chaud.");
    EXPECT_EQ(french.encoding, "windows-1252");
    EXPECT_EQ(french.utf8, "Le café est prêt à être servi, déjà très chaud.");
    EXPECT_EQ(decode_legacy_bytes("").encoding, "utf-8");
}

}  // namespace
}  // namespace vbtrack
