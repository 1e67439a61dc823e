// The acceptance figures, checked against the development documents
// of ../shared/eval with the model the build made (vbtrack-lm.bin).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "normalizers/base_form.hpp"
#include "normalizers/diacritics/letter_case.hpp"
#include "normalizers/diacritics/restorer.hpp"
#include "normalizers/tokenizer.hpp"
#include "normalizers/utf8.hpp"
#include "corpus_model.hpp"

namespace vbtrack::diacritics {
namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> syllables(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& token : tokenize(text))
        if (token.kind == TokenKind::syllable) out.emplace_back(token.text);
    return out;
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j - 1] + (a[i - 1] != b[j - 1]), previous[j] + 1, current[j - 1] + 1});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

TEST(DiacriticsDevDocuments, RestoresGoldTextWithMarksStripped) {
    REQUIRE_CORPUS_MODEL(restorer);
    std::size_t total = 0, correct = 0;
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        const std::string gold = read_file(entry.path() / "gold.txt");
        std::string stripped;
        std::size_t copied = 0;
        for (const Token& token : tokenize(gold)) {
            if (token.kind != TokenKind::syllable) continue;
            stripped.append(gold, copied, token.begin - copied);
            stripped += apply_case(base_form(token.text), letter_case(token.text));
            copied = token.end;
        }
        stripped.append(gold, copied);
        const auto expected = syllables(gold);
        const auto restored = syllables(restorer.restore(stripped, {.origin = TextOrigin::typed}).text);
        ASSERT_EQ(expected.size(), restored.size()) << entry.path();
        for (std::size_t i = 0; i < expected.size(); ++i) correct += expected[i] == restored[i];
        total += expected.size();
    }
    ASSERT_GT(total, 1000u);
    EXPECT_GE(static_cast<double>(correct) / total, 0.97);
}

TEST(DiacriticsDevDocuments, RepairCutsTheCerOfRealOcrByTwoThirds) {
    REQUIRE_CORPUS_MODEL(restorer);
    int documents = 0;
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        if (!std::filesystem::exists(entry.path() / "ocr_input.txt")) continue;
        ++documents;
        const std::u32string gold = utf8::decode(read_file(entry.path() / "gold.txt"));
        const std::string ocr = read_file(entry.path() / "ocr_input.txt");
        const RestoreResult repaired = restorer.restore(ocr);
        EXPECT_EQ(repaired.origin, TextOrigin::ocr);
        const double before = static_cast<double>(edit_distance(utf8::decode(ocr), gold)) / gold.size();
        const double after = static_cast<double>(edit_distance(utf8::decode(repaired.text), gold)) / gold.size();
        EXPECT_LE(after, before / 3) << entry.path() << ": CER " << before << " → " << after;
    }
    EXPECT_GT(documents, 0);
}

}  // namespace
}  // namespace vbtrack::diacritics
