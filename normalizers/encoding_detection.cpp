#include "normalizers/encoding_detection.hpp"

#include <algorithm>
#include <initializer_list>

#include "normalizers/syllable.hpp"
#include "normalizers/tokenizer.hpp"
#include "normalizers/utf8.hpp"

namespace vbtrack {
namespace {

// Detection reads a prefix: a few thousand syllables decide as well as a whole file.
constexpr std::size_t kSampleBytes = 256 * 1024;

// VIQR is ASCII: it must win clearly over the text as it is, which already
// has marked syllables when it is Unicode Vietnamese — where "410 ha." would
// read as "hạ" — and the odd "ca'" when it is English.
bool viqr_wins(long viqr, long as_is) {
    constexpr long kMargin = 3;
    return viqr >= 2 * as_is + kMargin;
}

std::string_view sample_of(std::string_view text) {
    if (text.size() <= kSampleBytes) return text;
    std::size_t cut = kSampleBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep a UTF-8 character whole
    return text.substr(0, cut);
}

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Vietnamese marks most of its syllables (~80 % of running text); text typed
// without marks read as VIQR marks only the words a full stop or question
// mark follows ("thuc hien." → "hiẹn"), a few in a hundred. A decoding that
// marks fewer than this share of its syllables is such text, not VIQR.
constexpr double kMinMarkedShare = 0.3;

double marked_share(std::string_view utf8_text) {
    long syllables = 0, marked = 0;
    for (const Token& token : tokenize(utf8_text)) {
        if (token.kind != TokenKind::syllable) continue;
        ++syllables;
        marked += !is_ascii(token.text);
    }
    return syllables == 0 ? 0.0 : static_cast<double>(marked) / static_cast<double>(syllables);
}

// Typographic punctuation that correct text has; any other non-ASCII
// non-letter is the mark of a wrong decoding.
bool is_common_punctuation(std::string_view token) {
    for (std::string_view ok : {"“", "”", "‘", "’", "–", "—", "…", "•", "°", "²", "³", "§", "«", "»", "€", "×", "±"}) {
        if (token == ok) return true;
    }
    return false;
}

struct Candidate {
    std::optional<LegacyEncoding> encoding;  // nullopt: the baseline reading
    long score;
};

}  // namespace

long vietnamese_score(std::string_view utf8_text) {
    long score = 0;
    for (const Token& token : tokenize(utf8_text)) {
        if (is_ascii(token.text)) continue;
        if (token.kind == TokenKind::syllable) {
            score += is_vietnamese_syllable(token.text) ? 1 : -1;
        } else if (token.kind == TokenKind::punctuation) {
            score -= is_common_punctuation(token.text) ? 0 : 1;
        } else {
            score -= 1;  // a code or number with a non-ASCII letter glued in
        }
    }
    return score;
}

bool may_be_misread(std::string_view utf8_text) {
    bool high = false;
    for (std::size_t pos = 0; pos < utf8_text.size();) {
        const char32_t c = utf8::next(utf8_text, pos);
        if (!windows1252_byte(c)) return false;
        high |= c >= 0x80;
    }
    return high;
}

std::string decode_bytes(std::string_view bytes, LegacyEncoding encoding) {
    switch (encoding) {
        case LegacyEncoding::tcvn3: return decode_tcvn3(bytes);
        case LegacyEncoding::vni: return decode_vni(bytes);
        case LegacyEncoding::viqr: return decode_viqr(bytes);
        case LegacyEncoding::windows1258: break;
    }
    return decode_windows1258(bytes);
}

std::string decode_windows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    for (char b : bytes) utf8::append(out, windows1252_char(static_cast<unsigned char>(b)));
    return out;
}

std::optional<LegacyEncoding> detect_in_utf8(std::string_view utf8_text) {
    const std::string_view sample = sample_of(utf8_text);
    const long as_is = std::max(vietnamese_score(sample), 0L);
    Candidate winner{std::nullopt, as_is};
    // The share is counted only when VIQR would win: most texts are tokenized once here.
    const std::string viqr_text = decode_viqr(sample);
    if (const long viqr = vietnamese_score(viqr_text); viqr_wins(viqr, as_is) && marked_share(viqr_text) >= kMinMarkedShare)
        winner = {LegacyEncoding::viqr, viqr};
    if (may_be_misread(sample)) {
        for (LegacyEncoding encoding : {LegacyEncoding::windows1258, LegacyEncoding::tcvn3, LegacyEncoding::vni}) {
            const long score = vietnamese_score(decode_misread(sample, encoding));
            if (score > winner.score) winner = {encoding, score};
        }
    }
    return winner.encoding;
}

std::optional<LegacyEncoding> detect_in_bytes(std::string_view bytes) {
    const std::string_view sample = sample_of(bytes);
    Candidate winner{std::nullopt, std::max(vietnamese_score(decode_windows1252(sample)), 0L)};
    for (LegacyEncoding encoding : {LegacyEncoding::windows1258, LegacyEncoding::tcvn3, LegacyEncoding::vni}) {
        const long score = vietnamese_score(decode_bytes(sample, encoding));
        if (score > winner.score) winner = {encoding, score};
    }
    return winner.encoding;
}

}  // namespace vbtrack
