#include "pipeline/ocr/vietnamese_syllable.hpp"

#include <array>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace vbtrack::ocr {
namespace {

// A letter with its tone taken off: the toneless lowercase letter ("â", "ư", "đ") and the tone 0..5.
struct Letter {
    std::string base;
    int tone = 0;
    bool upper = false;
};

enum Tone { kLevel = 0, kGrave = 1, kAcute = 2, kHook = 3, kTilde = 4, kDot = 5 };

char32_t decode(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i++]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    for (; extra > 0 && i < s.size(); --extra) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

std::string encode(char32_t cp) {
    std::string out;
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
    else
        out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            out += static_cast<char>(0x80 | (cp & 0x3F));
    return out;
}

// Each row: a toneless vowel, then its five toned forms, lowercase then capital.
constexpr std::array<std::string_view, 12> kLower = {"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
                                                     "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"};
constexpr std::array<std::string_view, 12> kUpper = {"AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
                                                     "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ"};

const std::unordered_map<char32_t, Letter>& letters() {
    static const auto table = [] {
        std::unordered_map<char32_t, Letter> t;
        for (std::size_t row = 0; row < kLower.size(); ++row) {
            std::size_t i = 0, j = 0;
            std::string base;
            for (int tone = 0; tone < 6; ++tone) {
                const char32_t lower = decode(kLower[row], i), upper = decode(kUpper[row], j);
                if (tone == 0) base = encode(lower);
                t[lower] = {base, tone, false};
                t[upper] = {base, tone, true};
            }
        }
        for (char c = 'a'; c <= 'z'; ++c) {
            if (!t.contains(static_cast<char32_t>(c))) t[static_cast<char32_t>(c)] = {std::string(1, c), 0, false};
            if (!t.contains(static_cast<char32_t>(c - 32))) t[static_cast<char32_t>(c - 32)] = {std::string(1, c), 0, true};
        }
        t[U'đ'] = {"đ", 0, false};
        t[U'Đ'] = {"đ", 0, true};
        return t;
    }();
    return table;
}

// NFD input: a combining mark changes the letter before it.
bool apply_combining(char32_t mark, Letter& letter) {
    static const std::unordered_map<char32_t, int> tones = {
        {0x300, kGrave}, {0x301, kAcute}, {0x309, kHook}, {0x303, kTilde}, {0x323, kDot}};
    if (auto t = tones.find(mark); t != tones.end()) return letter.tone = t->second, true;
    static const std::unordered_map<std::string, std::string> shapes = {
        {"a\u0302", "â"}, {"e\u0302", "ê"}, {"o\u0302", "ô"}, {"a\u0306", "ă"}, {"o\u031B", "ơ"}, {"u\u031B", "ư"}};
    if (auto s = shapes.find(letter.base + encode(mark)); s != shapes.end()) return letter.base = s->second, true;
    return mark >= 0x300 && mark <= 0x36F;  // another combining mark: part of the letter, unknown shape
}

const std::vector<std::string> kOnsets = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s",
                                          "t", "v", "x", ""};

const std::set<std::string>& rhymes() {
    static const std::set<std::string> r = {
        "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach",
        "ăm", "ăn", "ăng", "ăp", "ăt", "ăc",
        "âu", "ây", "âm", "ân", "âng", "âp", "ât", "âc",
        "e", "eo", "em", "en", "eng", "ep", "et", "ec",
        "ê", "êu", "êm", "ên", "ênh", "êp", "êt", "êch",
        "i", "ia", "iu", "im", "in", "inh", "ip", "it", "ich",
        "iêu", "iêm", "iên", "iêng", "iêp", "iêt", "iêc",
        "yêu", "yêm", "yên", "yêt", "y",
        "o", "oi", "om", "on", "ong", "op", "ot", "oc", "oong", "ooc",
        "oa", "oai", "oay", "oam", "oan", "oang", "oanh", "oap", "oat", "oac", "oach",
        "oăm", "oăn", "oăng", "oăt", "oăc", "oe", "oen", "oeo", "oet",
        "ô", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ôc",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "ui", "um", "un", "ung", "up", "ut", "uc",
        "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uơ",
        "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
        "uôi", "uôm", "uôn", "uông", "uôt", "uôc",
        "ư", "ưa", "ưi", "ưu", "ưm", "ưn", "ưng", "ưc", "ưt",
        "ươi", "ươu", "ươm", "ươn", "ương", "ươp", "ươt", "ươc"};
    return r;
}

bool is_stop(const std::string& rhyme) {
    for (std::string_view coda : {"p", "t", "c", "ch"})
        if (rhyme.size() > coda.size() && rhyme.ends_with(coda)) return true;
    return false;
}

bool well_formed(const std::string& toneless, int tone) {
    for (const auto& onset : kOnsets) {
        if (!toneless.starts_with(onset)) continue;
        const std::string rhyme = toneless.substr(onset.size());
        // "gi" and "qu" lend their vowel letter: gì = g + ì, but qua = qu + a.
        if (rhymes().contains(rhyme) && (!is_stop(rhyme) || tone == kAcute || tone == kDot)) return true;
        if (onset == "gi" && rhymes().contains("i" + rhyme)) return true;
    }
    return false;
}

bool is_edge_punctuation(char32_t cp) {
    return cp < 0x80 ? !std::isalnum(static_cast<int>(cp)) : (cp >= 0x2010 && cp <= 0x206F) || cp == 0xAB || cp == 0xBB;
}

}  // namespace

SyllableCheck check_syllable(std::string_view token) {
    std::vector<char32_t> cps;
    for (std::size_t i = 0; i < token.size();) cps.push_back(decode(token, i));
    while (!cps.empty() && is_edge_punctuation(cps.back())) cps.pop_back();
    std::size_t first = 0;
    while (first < cps.size() && is_edge_punctuation(cps[first])) ++first;

    SyllableCheck out;
    std::vector<Letter> word;
    bool foreign = false;
    for (std::size_t k = first; k < cps.size(); ++k) {
        if (auto it = letters().find(cps[k]); it != letters().end()) {
            word.push_back(it->second);
            out.letters = true;
        } else if (word.empty() || !apply_combining(cps[k], word.back())) {
            foreign = true;  // a digit, an apostrophe, a letter of another script
        }
    }
    if (!out.letters) return out;
    std::string toneless;
    int tone = kLevel;
    out.upper = true;
    for (const auto& l : word) {
        toneless += l.base;
        if (l.tone != kLevel) {
            out.marked = true;
            if (tone != kLevel) foreign = true;  // two tones in one syllable
            tone = l.tone;
        }
        if (l.base.size() > 1) out.marked = true;  // â ă ê ô ơ ư đ are two bytes
        out.upper = out.upper && l.upper;
    }
    out.valid = !foreign && well_formed(toneless, tone);
    return out;
}

}  // namespace vbtrack::ocr
