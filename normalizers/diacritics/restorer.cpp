#include "normalizers/diacritics/restorer.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <span>
#include <unordered_map>
#include <utility>

#include "normalizers/base_form.hpp"
#include "normalizers/diacritics/confusion_table.hpp"
#include "normalizers/diacritics/letter_case.hpp"
#include "normalizers/lm/lm_words.hpp"
#include "normalizers/syllable.hpp"
#include "normalizers/tokenizer.hpp"
#include "normalizers/utf8.hpp"
#include "normalizers/vietnamese_letters.hpp"

namespace vbtrack::diacritics {
namespace {

// Channel log10 probabilities of typed text. In text typed without marks every
// spelling of a base form is equally likely to have been meant. In marked text
// an unmarked word is usually meant unmarked, and a known marked word almost
// always right: the model must be sure to override them.
constexpr float kUnmarkedInMarkedText = -2.0f;
constexpr float kWrongMarksInMarkedText = -1.0f;
// Text with fewer marked syllables than this was typed without marks
// (Vietnamese prose marks ~80% of its syllables).
constexpr double kStrippedMarkRatio = 0.3;
// OCR text: among the marked words, this share or more are unknown spellings.
constexpr double kOcrUnknownMarkedRatio = 0.15;
constexpr std::size_t kOcrCandidates = 10;
// An OCR token no spelling of the model explains is kept only when every
// candidate is far worse: garbled letters are the usual reason for it.
constexpr float kUnknownInOcrText = -3.0f;
// A word whose unigram log10 probability is at least this (words seen a few
// hundred times or more in the default model's ~20 M words; a name seen a
// handful of times is far below) is common enough that a capitalized unknown
// spelling of its letters is more likely it misread than a name.
constexpr float kCommonSpelling = -5.0f;

// A word to restore: a syllable token, or in OCR text letters glued to digits
// or apostrophes ("s6", "Thu'orng"), which an OCR engine makes of syllables.
struct Word {
    std::size_t begin, end;  // byte span in the text
    std::string_view text;
    TokenKind kind;       // of its first token
    std::size_t token;    // index of its first token
    bool restorable;
    bool single_token;
};

bool has_letter(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c & 0x80); });
}

bool looks_like_ocr_syllable(const Token& token) {
    return token.kind == TokenKind::code && token.text.size() <= 8 && has_letter(token.text) &&
           token.text.find_first_of("-/.") == std::string_view::npos;
}

// The words of the sentence that starts at token `first`, into `words` (a
// buffer kept from sentence to sentence): up to the first gap between words
// that holds `separator`. Returns the token after the sentence.
std::size_t sentence_words(std::string_view text, const std::vector<Token>& tokens, std::size_t first, bool ocr,
                           std::string_view separator, std::vector<Word>& words) {
    words.clear();
    std::size_t i = first;
    for (; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (!words.empty() && text.substr(words.back().end, t.begin - words.back().end).find(separator) != std::string_view::npos)
            break;
        Word word{t.begin, t.end, t.text, t.kind, i, t.kind == TokenKind::syllable || (ocr && looks_like_ocr_syllable(t)), true};
        // "Thu'orng": an apostrophe between letters, no spaces, is a misread mark.
        while (ocr && word.restorable && i + 2 < tokens.size() && tokens[i + 1].kind == TokenKind::punctuation &&
               (tokens[i + 1].text == "'" || tokens[i + 1].text == "’") && tokens[i + 1].begin == word.end &&
               tokens[i + 2].begin == tokens[i + 1].end && tokens[i + 2].kind == TokenKind::syllable) {
            word.end = tokens[i + 2].end;
            word.text = text.substr(word.begin, word.end - word.begin);
            word.single_token = false;
            i += 2;
        }
        words.push_back(word);
    }
    return i;
}

// A syllable's tone, and its letters with the tone mark taken off ("tổ" -> hook, "tô"); vowel marks and đ stay.
struct ToneAndLetters {
    Tone tone = Tone::none;
    std::string letters;
};

ToneAndLetters split_tone(std::string_view lower_word) {
    const VowelTable& vowels = VowelTable::get();
    ToneAndLetters out;
    out.letters.reserve(lower_word.size());
    for (std::size_t pos = 0; pos < lower_word.size();) {
        char32_t c = utf8::next(lower_word, pos);
        if (const auto letter = vowels.analyze(c)) {
            if (letter->tone != Tone::none) out.tone = letter->tone;
            c = vowels.compose(letter->vowel, Tone::none, letter->upper);
        }
        utf8::append(out.letters, c);
    }
    return out;
}

// An abbreviation or foreign word in capitals (UBND, MTTQ, HĐND), or in a case
// no Vietnamese word is written in (TTg, the Prime Minister's, in "QĐ-TTg";
// `in_own_case` is false for it): only its đ may be restored, and it keeps its
// case. A Vietnamese syllable in such a case is OCR's misread ("ĐIềU"): restored.
bool is_protected(std::string_view word, LetterCase letter_case, bool in_own_case) {
    return (letter_case == LetterCase::upper || !in_own_case) && !is_vietnamese_syllable(word);
}

// A lower-case word with the letter đ.
bool has_d_stroke(std::string_view lower_word) { return lower_word.find("đ") != std::string_view::npos; }

// "Phìn", "Mẩy": written as a name's syllables are, not in capitals.
bool is_capitalized_syllable(const Word& word) {
    return word.kind == TokenKind::syllable && word.single_token && letter_case(word.text) == LetterCase::capitalized;
}

// A line of two to four capitalized syllables and nothing else, in text that
// has its marks, is a person's name (the signer's, under the signature: "Tẩn
// Thị Mẩy"): its syllables are kept as written. The model knows given names
// too little to correct them, and would turn a rare one into a common word
// ("Mẩy" into "Mây").
bool is_name_line(const std::vector<Word>& line) {
    constexpr std::size_t kMaxNameSyllables = 4;
    return line.size() >= 2 && line.size() <= kMaxNameSyllables && std::all_of(line.begin(), line.end(), is_capitalized_syllable);
}

// The place of a place-and-date line, which every official document has under
// its header ("Phìn Ngan, ngày 18 tháng 6 năm 2024"): the capitalized
// syllables that start the line, before ", ngày" and the day. A commune's
// name is as rare to the model as a person's ("Ngan" became "Ngắn"), so in
// text that has its marks it is kept as written too. Returns the words'
// range [first, second) in the line, empty when the line is not one.
std::pair<std::size_t, std::size_t> place_of_date_line(const std::vector<Word>& line) {
    constexpr std::size_t kMaxPlaceSyllables = 4;
    std::size_t begin = 0;
    while (begin < line.size() && line[begin].kind == TokenKind::punctuation) ++begin;  // a scan's stray marks
    std::size_t end = begin;
    while (end < line.size() && end - begin < kMaxPlaceSyllables && is_capitalized_syllable(line[end])) ++end;
    const bool dated = end > begin && end + 2 < line.size() && line[end].text == "," &&
                       (line[end + 1].text == "ngày" || line[end + 1].text == "Ngày") && line[end + 2].kind == TokenKind::number;
    return dated ? std::pair{begin, end} : std::pair<std::size_t, std::size_t>{0, 0};
}

// In text that has its marks, an unmarked word in capitals that spells a
// syllable, between words that do not ("Lưu: VT, CAP.", CAP a ward's police,
// Công an phường), is an abbreviation, kept as written: a heading's word that
// lost its marks has other such words beside it ("TO CHỨC THỰC HIỆN").
// `syllable_in_capitals(word)` tells such a word.
template <typename SyllableInCapitals>
bool is_abbreviation_spelling_a_syllable(const std::vector<Word>& line, std::size_t i, SyllableInCapitals syllable_in_capitals) {
    if (!syllable_in_capitals(line[i]) || has_marks(line[i].text)) return false;
    auto is_word = [](const Word& w) { return w.kind == TokenKind::syllable || w.kind == TokenKind::code; };
    std::size_t before = i, after = i + 1;
    while (before > 0 && !is_word(line[before - 1])) --before;
    while (after < line.size() && !is_word(line[after])) ++after;
    const bool word_before = before > 0, word_after = after < line.size();
    return (word_before || word_after) && !(word_before && syllable_in_capitals(line[before - 1])) &&
           !(word_after && syllable_in_capitals(line[after]));
}

// What restoration needs to know of one distinct spelling of the text. A text
// repeats its words, so this is worked out once per spelling, not per word.
struct Spelling {
    std::string lower;
    lm::WordId self = lm::kUnknownId;  // the model's id of `lower`
    bool marked = false;
    bool is_protected = false;
    LetterCase letter_case = LetterCase::lower;
    bool self_gives_it_back = false;  // `lower` in `letter_case` is the spelling itself
    // In capitals, and a syllable or one without its marks: a heading's word
    // ("TỔ", "TO"), or an abbreviation that spells one ("CAP"), not one that
    // spells none ("VT", "HĐND").
    bool syllable_in_capitals = false;
    bool has_candidates = false;      // `candidates` filled in (once the text's origin is known)
    std::vector<LatticeCandidate> candidates;
    std::vector<LatticeCandidate> as_written;  // the spelling alone, where it is kept (a name line, a date line's place)
};

}  // namespace

DiacriticRestorer DiacriticRestorer::open(const std::filesystem::path& model_path) {
    return DiacriticRestorer(lm::LanguageModel::open(model_path));
}

DiacriticRestorer::DiacriticRestorer(lm::LanguageModel model)
    : model_(std::make_unique<lm::LanguageModel>(std::move(model))),
      index_(std::make_unique<CandidateIndex>(*model_)),
      confusions_(std::make_unique<ConfusionModel>(ConfusionModel::parse(learned_confusion_table()))),
      tone_confusions_(std::make_unique<ToneConfusionModel>(ToneConfusionModel::parse(learned_tone_confusion_table()))),
      ocr_candidates_(std::make_unique<OcrCandidates>(*model_, *index_, *confusions_)) {}

RestoreResult DiacriticRestorer::restore(std::string_view text, const RestoreOptions& options) const {
    RestoreResult result;
    const std::vector<Token> tokens = tokenize(text);
    std::unordered_map<std::string_view, Spelling> spellings;
    auto spelling_of = [&](std::string_view word) -> Spelling& {
        auto [it, fresh] = spellings.try_emplace(word);
        Spelling& s = it->second;
        if (fresh) {
            s.lower = lm::to_lower(word);
            s.self = model_->index(s.lower);
            s.marked = has_marks(s.lower);
            s.letter_case = letter_case(word);
            s.self_gives_it_back = apply_case(s.lower, s.letter_case) == word;
            s.is_protected = is_protected(word, s.letter_case, s.self_gives_it_back);
            if (s.letter_case == LetterCase::upper) {
                // In capitals a word is protected exactly when it is no syllable.
                const auto& spellings = index_->spellings(base_form(s.lower));
                s.syllable_in_capitals =
                    !s.is_protected || (!spellings.empty() && is_vietnamese_syllable(model_->word(spellings.front())));
            }
        }
        return s;
    };

    // How the text was written decides the channel.
    int syllables = 0, marked = 0, marked_unknown = 0;
    std::vector<Spelling*> token_spellings(tokens.size(), nullptr);  // of the syllable tokens
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::syllable) continue;
        const Spelling& s = *(token_spellings[i] = &spelling_of(tokens[i].text));
        if (s.is_protected) continue;
        ++syllables;
        if (!s.marked) continue;
        ++marked;
        marked_unknown += s.self == lm::kUnknownId;
    }
    const bool stripped = syllables > 0 && marked < kStrippedMarkRatio * syllables;
    result.origin = options.origin;
    if (result.origin == TextOrigin::automatic)
        result.origin = marked > 0 && marked_unknown >= kOcrUnknownMarkedRatio * marked ? TextOrigin::ocr : TextOrigin::typed;
    const bool ocr = result.origin == TextOrigin::ocr;

    auto find_candidates = [&](const Spelling& s, std::vector<LatticeCandidate>& out) {
        const bool known = s.self != lm::kUnknownId;
        const auto& spellings_of_base = index_->spellings(base_form(s.lower));
        // In OCR text, capitals the model does not know are more often a
        // misread heading ("HQI" for HỘI) than an abbreviation.
        const bool kept_as_abbreviation = s.is_protected && (!ocr || known);
        // A capitalized syllable the model never saw, in text that has its
        // marks, is either a common word misread by one mark (Chănh for
        // Chánh) or a rare name (a person's or a place's, often in a
        // minority language: Dếnh, Pầng). When no spelling of its letters is
        // common, it is the name, and the model's spellings would win only
        // because the name is rare.
        const bool unknown_name = !ocr && !stripped && !known && s.marked && s.letter_case != LetterCase::lower &&
                                  is_vietnamese_syllable(s.lower) &&
                                  (spellings_of_base.empty() || model_->unigram_log_prob(spellings_of_base.front()) < kCommonSpelling);
        if (kept_as_abbreviation || unknown_name ||
            (!ocr && (spellings_of_base.empty() || (known && s.marked && !stripped && !options.from_scan)))) {
            out.push_back({s.self, 0});
            // The other spellings of its letters compete ("HDND" may be
            // "HĐND", a stripped heading's "CHUC" "CHỨC", a scan's "PHƯƠC",
            // its tone lost, "PHƯỚC"), but in text that has its marks a typed
            // Đ stays ("CĐ", a trade union): its spelling without, often the
            // likelier word ("CD"), is wrong.
            const bool typed_d = !ocr && !stripped && has_d_stroke(s.lower);
            for (lm::WordId id : spellings_of_base)
                if (id != s.self && kept_as_abbreviation && (!typed_d || has_d_stroke(model_->word(id)))) out.push_back({id, 0});
            return;
        }
        if (ocr) {
            for (const auto& c : ocr_candidates_->candidates(s.lower, kOcrCandidates)) out.push_back({c.id, c.log10_channel});
            if (std::none_of(out.begin(), out.end(), [&](const LatticeCandidate& c) { return c.id == s.self; }))
                out.push_back({s.self, known ? confusions_->log10_channel(s.lower, s.lower) : kUnknownInOcrText});
            return;
        }
        if (options.from_scan && known && s.marked && !stripped) {
            // Tesseract's Vietnamese model misreads the small tone marks (the
            // hook above as the acute: "tổ" as "tố"), seldom a vowel's own mark
            // (ă, â, ơ) or đ: the other candidates differ from it in the tone
            // only, each as likely as the table saw its tone read as this one.
            // It may be too rare to be among its letters' spellings: it comes first.
            const ToneAndLetters read = split_tone(s.lower);
            out.push_back({s.self, tone_confusions_->log10_read_as(read.tone, read.tone)});
            for (lm::WordId id : spellings_of_base) {
                if (id == s.self) continue;
                const ToneAndLetters meant = split_tone(model_->word(id));
                if (meant.letters == read.letters) out.push_back({id, tone_confusions_->log10_read_as(meant.tone, read.tone)});
            }
            return;
        }
        const float keep_penalty = stripped ? 0 : s.marked ? kWrongMarksInMarkedText : kUnmarkedInMarkedText;
        for (lm::WordId id : spellings_of_base) out.push_back({id, id == s.self ? 0 : keep_penalty});
        if (!known || std::find(spellings_of_base.begin(), spellings_of_base.end(), s.self) == spellings_of_base.end())
            out.push_back({s.self, known ? 0 : -4.0f});
    };
    auto word_spelling = [&](const Word& word) -> Spelling& {
        Spelling* s = word.single_token ? token_spellings[word.token] : nullptr;
        return s ? *s : spelling_of(word.text);
    };
    // The candidates of a word; a word that is not restored is its model word.
    auto candidates_of = [&](const Word& word) -> std::span<const LatticeCandidate> {
        Spelling& s = word_spelling(word);
        if (!s.has_candidates) {
            s.has_candidates = true;
            if (word.restorable)
                find_candidates(s, s.candidates);
            else
                s.candidates.push_back({model_->index(lm::lm_word({word.kind, word.begin, word.end, word.text})), 0});
        }
        return s.candidates;
    };

    auto written_as_is = [&](const Word& word) -> std::span<const LatticeCandidate> {
        Spelling& s = word_spelling(word);
        if (s.as_written.empty()) s.as_written.push_back({s.self, 0});
        return s.as_written;
    };

    auto is_syllable_in_capitals = [&](const Word& word) {
        return word.kind == TokenKind::syllable && word.single_token && word_spelling(word).syllable_in_capitals;
    };

    // A sentence for the model: a line of typed text (one paragraph a line),
    // or a block of OCR text up to a blank line, since OCR breaks paragraphs
    // into printed lines and the context runs across the breaks.
    const std::string_view separator = ocr ? "\n\n" : "\n";
    BeamDecoder decoder(*model_, {.beam = options.beam, .prune_log10 = options.prune_log10, .cache = options.in_domain});
    // The text's words are made a few sentences at a time into buffers kept
    // from one to the next, and the changes' room is reserved at once (pages
    // of it never written are never touched): a restorer that kept every word
    // of a long text, and let its changes grow by copying, spent a tenth of
    // its time in the kernel giving it fresh pages.
    std::array<std::vector<Word>, BeamDecoder::kLanes> words;
    std::array<Lattice, BeamDecoder::kLanes> lattices;
    result.changes.reserve(tokens.size());
    result.text.reserve(text.size() + text.size() / 8);
    std::size_t copied = 0;  // text before this is in result.text
    auto apply = [&](const std::vector<Word>& sentence, const Lattice& lattice, const std::vector<std::size_t>& chosen) {
        for (std::size_t i = 0; i < sentence.size(); ++i) {
            const Word& word = sentence[i];
            if (!word.restorable) continue;
            const Spelling& s = word_spelling(word);
            const lm::WordId id = lattice[i][chosen[i]].id;
            if (id == lm::kUnknownId) {
                result.unresolved_syllables += !s.is_protected;
                continue;
            }
            if (id == s.self && (s.self_gives_it_back || s.is_protected)) continue;
            std::string after = apply_case(model_->word(id), s.letter_case);
            if (after == word.text) continue;
            result.text.append(text.substr(copied, word.begin - copied));
            result.text += after;
            copied = word.end;
            ++result.changed_syllables;
            result.changes.push_back({word.begin, word.end, std::string(word.text), std::move(after)});
        }
    };
    // Sentences are decoded a few at a time (BeamDecoder::decode_together).
    for (std::size_t next = 0; next < tokens.size();) {
        std::size_t sentences = 0;
        for (; sentences < BeamDecoder::kLanes && next < tokens.size(); ++sentences) {
            next = sentence_words(text, tokens, next, ocr, separator, words[sentences]);
            lattices[sentences].clear();
            const std::vector<Word>& line = words[sentences];
            const bool marked_text = !stripped && !ocr;
            const bool name = marked_text && is_name_line(line);
            const auto [place_begin, place_end] = marked_text ? place_of_date_line(line) : std::pair<std::size_t, std::size_t>{0, 0};
            for (std::size_t i = 0; i < line.size(); ++i) {
                const bool as_written = name || (i >= place_begin && i < place_end) ||
                                        (marked_text && is_abbreviation_spelling_a_syllable(line, i, is_syllable_in_capitals));
                lattices[sentences].push_back(as_written ? written_as_is(line[i]) : candidates_of(line[i]));
            }
        }
        decoder.decode_together(std::span(lattices).first(sentences));
        for (std::size_t i = 0; i < sentences; ++i) apply(words[i], lattices[i], decoder.chosen(i));
    }
    result.text.append(text.substr(copied));
    return result;
}

std::filesystem::path default_model_path() {
    if (const char* env = std::getenv("VBTRACK_LM"); env && *env) return env;
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error && std::filesystem::exists(exe.parent_path() / "vbtrack-lm.bin")) return exe.parent_path() / "vbtrack-lm.bin";
    return VBTRACK_DEFAULT_LM;
}

}  // namespace vbtrack::diacritics
