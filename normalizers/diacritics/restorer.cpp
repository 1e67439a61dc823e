#include "normalizers/diacritics/restorer.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "normalizers/diacritics/confusion_table.hpp"
#include "normalizers/diacritics/letter_case.hpp"
#include "normalizers/lm/lm_words.hpp"
#include "normalizers/syllable.hpp"
#include "normalizers/tokenizer.hpp"

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

// A word to restore: a syllable token, or in OCR text letters glued to digits
// or apostrophes ("s6", "Thu'orng"), which an OCR engine makes of syllables.
struct Word {
    std::size_t begin, end;
    std::string_view text;
    bool restorable;
};

bool has_letter(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c & 0x80); });
}

bool looks_like_ocr_syllable(const Token& token) {
    return token.kind == TokenKind::code && token.text.size() <= 8 && has_letter(token.text) &&
           token.text.find_first_of("-/.") == std::string_view::npos;
}

std::vector<Word> words_of(std::string_view line, bool ocr) {
    const std::vector<Token> tokens = tokenize(line);
    std::vector<Word> words;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        Word word{t.begin, t.end, t.text, t.kind == TokenKind::syllable || (ocr && looks_like_ocr_syllable(t))};
        // "Thu'orng": an apostrophe between letters, no spaces, is a misread mark.
        while (ocr && word.restorable && i + 2 < tokens.size() && tokens[i + 1].kind == TokenKind::punctuation &&
               (tokens[i + 1].text == "'" || tokens[i + 1].text == "’") && tokens[i + 1].begin == word.end &&
               tokens[i + 2].begin == tokens[i + 1].end && tokens[i + 2].kind == TokenKind::syllable) {
            word.end = tokens[i + 2].end;
            word.text = line.substr(word.begin, word.end - word.begin);
            i += 2;
        }
        words.push_back(word);
    }
    return words;
}

// An abbreviation or foreign word in capitals (UBND, MTTQ, HĐND): only its đ may be restored.
bool is_protected(std::string_view word) {
    return letter_case(word) == LetterCase::upper && !is_vietnamese_syllable(word);
}

}  // namespace

DiacriticRestorer DiacriticRestorer::open(const std::filesystem::path& model_path) {
    return DiacriticRestorer(lm::LanguageModel::open(model_path));
}

DiacriticRestorer::DiacriticRestorer(lm::LanguageModel model)
    : model_(std::make_unique<lm::LanguageModel>(std::move(model))),
      index_(std::make_unique<CandidateIndex>(*model_)),
      confusions_(std::make_unique<ConfusionModel>(ConfusionModel::parse(learned_confusion_table()))),
      ocr_candidates_(std::make_unique<OcrCandidates>(*model_, *index_, *confusions_)) {}

RestoreResult DiacriticRestorer::restore(std::string_view text, const RestoreOptions& options) const {
    RestoreResult result;

    // How the text was written decides the channel.
    int syllables = 0, marked = 0, marked_unknown = 0;
    for (const Token& token : tokenize(text)) {
        if (token.kind != TokenKind::syllable || is_protected(token.text)) continue;
        ++syllables;
        if (!has_marks(token.text)) continue;
        ++marked;
        marked_unknown += model_->index(lm::to_lower(token.text)) == lm::kUnknownId;
    }
    const bool stripped = syllables > 0 && marked < kStrippedMarkRatio * syllables;
    result.origin = options.origin;
    if (result.origin == TextOrigin::automatic)
        result.origin = marked > 0 && marked_unknown >= kOcrUnknownMarkedRatio * marked ? TextOrigin::ocr : TextOrigin::typed;
    const bool ocr = result.origin == TextOrigin::ocr;

    // OCR candidates cost an edit-distance search: once per distinct word.
    std::unordered_map<std::string, std::vector<WeightedSpelling>> ocr_cache;
    auto candidates_of = [&](const Word& word, std::vector<LatticeCandidate>& out) {
        const std::string lower = lm::to_lower(word.text);
        const lm::WordId self = model_->index(lower);
        const bool known = self != lm::kUnknownId;
        const auto& spellings = index_->spellings(base_form(lower));
        // In OCR text, capitals the model does not know are more often a
        // misread heading ("HQI" for HỘI) than an abbreviation.
        const bool kept_as_abbreviation = is_protected(word.text) && (!ocr || known);
        if (kept_as_abbreviation || (!ocr && (spellings.empty() || (known && has_marks(lower) && !stripped)))) {
            out.push_back({self, 0});
            for (lm::WordId id : spellings)
                if (id != self && kept_as_abbreviation) out.push_back({id, 0});
            return;
        }
        if (ocr) {
            auto [it, fresh] = ocr_cache.try_emplace(lower);
            if (fresh) it->second = ocr_candidates_->candidates(lower, kOcrCandidates);
            for (const auto& s : it->second) out.push_back({s.id, s.log10_channel});
            if (std::none_of(out.begin(), out.end(), [&](const LatticeCandidate& c) { return c.id == self; }))
                out.push_back({self, known ? confusions_->log10_channel(lower, lower) : kUnknownInOcrText});
            return;
        }
        const float keep_penalty = stripped ? 0 : has_marks(lower) ? kWrongMarksInMarkedText : kUnmarkedInMarkedText;
        for (lm::WordId id : spellings) out.push_back({id, id == self ? 0 : keep_penalty});
        if (!known || std::find(spellings.begin(), spellings.end(), self) == spellings.end()) out.push_back({self, known ? 0 : -4.0f});
    };

    const DecoderOptions decoder_options{options.beam, 1.0f, options.in_domain};
    // A sentence for the model: a line of typed text (one paragraph a line),
    // or a block of OCR text up to a blank line, since OCR breaks paragraphs
    // into printed lines and the context runs across the breaks.
    const std::string_view separator = ocr ? "\n\n" : "\n";
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t stop = text.find(separator, start);
        if (stop == std::string_view::npos) stop = text.size();
        const std::string_view block = text.substr(start, stop - start);
        const std::vector<Word> words = words_of(block, ocr);
        Lattice lattice(words.size());
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (words[i].restorable) {
                candidates_of(words[i], lattice[i]);
            } else {
                const Token token = tokenize(words[i].text).front();
                lattice[i].push_back({model_->index(lm::lm_word(token)), 0});
            }
        }
        const std::vector<std::size_t> chosen = decode(*model_, lattice, decoder_options);
        std::size_t copied = 0;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!words[i].restorable) continue;
            const lm::WordId id = lattice[i][chosen[i]].id;
            if (id == lm::kUnknownId) {
                result.unresolved_syllables += !is_protected(words[i].text);
                continue;
            }
            const std::string after = apply_case(model_->word(id), letter_case(words[i].text));
            if (after == words[i].text) continue;
            result.text.append(block.substr(copied, words[i].begin - copied));
            result.text += after;
            copied = words[i].end;
            ++result.changed_syllables;
            result.changes.push_back({start + words[i].begin, start + words[i].end, std::string(words[i].text), after});
        }
        result.text.append(block.substr(copied));
        if (stop == text.size()) break;
        result.text += separator;
        start = stop + separator.size();
    }
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
