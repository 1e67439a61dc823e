// The extractor on the development documents (../shared/eval/docs): their
// gold text, and the same text with OCR-like noise injected, scored with the
// scorer's deadline rule. Also the time one extraction takes.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "deadline_test_support.hpp"
#include "sanitized_build.hpp"
#include "test_paths.hpp"

namespace vbtrack::test {
namespace {

namespace fs = std::filesystem;

struct DevDocument {
    std::string id, text;
    std::optional<std::string> issued;
    std::vector<GoldDeadline> gold;
};

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<DevDocument> dev_documents(const fs::path& shared) {
    std::vector<DevDocument> out;
    for (const auto& dir : fs::directory_iterator(shared / "eval" / "docs")) {
        if (!fs::exists(dir.path() / "gold.json")) continue;
        DevDocument doc;
        doc.id = dir.path().filename().string();
        doc.text = read_file(dir.path() / "gold.txt");
        auto gold = nlohmann::json::parse(read_file(dir.path() / "gold.json"));
        if (gold["issued_date"].is_string()) doc.issued = gold["issued_date"].get<std::string>();
        for (const auto& d : gold["deadlines"]) {
            GoldDeadline g{d["text"].get<std::string>(), std::nullopt, std::nullopt};
            if (d["date"].is_string()) g.date = d["date"].get<std::string>();
            if (d["month_day"].is_string()) g.month_day = d["month_day"].get<std::string>();
            doc.gold.push_back(std::move(g));
        }
        out.push_back(std::move(doc));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

// OCR-like damage, deterministic per seed: marks stripped from some words,
// letters confused in others ("m" -> "rn", "d" -> "cl", "o" -> "c"), spaces
// around date slashes, doubled spaces, and long paragraphs hard-wrapped
// before a lower-case word. Digits are left alone: repair protects them.
std::string add_ocr_noise(const std::string& text, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> p(0, 1);
    std::string out;
    std::size_t line_length = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find_first_of(" \n", pos);
        if (end == std::string::npos) end = text.size();
        std::string word = text.substr(pos, end - pos);
        bool has_digit = word.find_first_of("0123456789") != std::string::npos;
        if (!has_digit && p(rng) < 0.2) {  // marks lost
            std::string stripped;
            for (std::size_t i = 0; i < word.size();) {
                std::size_t start = i;
                char32_t c = utf8::next(word, i);
                char base = c >= 0x80 ? base_letter(c) : 0;
                if (base) stripped += is_upper(c) ? static_cast<char>(base - 'a' + 'A') : base;
                else stripped += word.substr(start, i - start);
            }
            word = stripped;
        } else if (!has_digit && word.size() > 3 && p(rng) < 0.04) {  // a letter misread
            static const std::pair<std::string, std::string> confusions[] = {{"m", "rn"}, {"d", "cl"}, {"o", "c"}, {"n", "ri"}};
            const auto& [from, to] = confusions[rng() % 4];
            if (auto at = word.find(from); at != std::string::npos) word.replace(at, from.size(), to);
        } else if (has_digit && word.find('/') != std::string::npos && p(rng) < 0.3) {
            std::string spaced;
            for (char c : word) spaced += c == '/' ? std::string(" / ") : std::string(1, c);
            word = spaced;
        }
        out += word;
        line_length += word.size();
        if (end < text.size()) {
            char sep = text[end];
            std::size_t next = end + 1;
            std::size_t next_pos = next;
            bool next_lower = next_pos < text.size() && starts_lower(std::string_view(text).substr(next_pos, 8));
            if (sep == ' ' && line_length > 90 && next_lower && p(rng) < 0.5) {
                out += '\n';
                line_length = 0;
            } else {
                out += sep;
                if (sep == ' ' && p(rng) < 0.05) out += ' ';
                if (sep == '\n') line_length = 0;
            }
        }
        pos = end + 1;
    }
    return out;
}

TEST(DeadlineGoldTest, DevelopmentDocumentsScoreHigh) {
    VBTRACK_REQUIRE_SHARED(shared);
    Prf total;
    for (const auto& doc : dev_documents(shared)) {
        auto hyp = deadlines_in(doc.text, doc.issued);
        Prf r = score_deadlines(doc.gold, hyp);
        std::cout << "[ deadlines ] " << doc.id << ": gold " << r.gold << ", found " << r.hyp << ", matched "
                  << r.matched << ", F1 " << r.f1() << "\n";
        for (const auto& h : hyp) {
            std::cout << "    " << h.text << " | due " << h.due.value_or("-") << " | task: " << h.task << " | by:";
            for (const auto& r : h.responsible) std::cout << " [" << r << "]";
            std::cout << "\n";
        }
        EXPECT_GE(r.f1(), 0.85) << doc.id;
        total.gold += r.gold;
        total.hyp += r.hyp;
        total.matched += r.matched;
    }
    std::cout << "[ deadlines ] all: gold " << total.gold << ", found " << total.hyp << ", matched " << total.matched
              << ", F1 " << total.f1() << "\n";
    EXPECT_GE(total.f1(), 0.95);
}

// Noise changes the spans' letters, so a found span can no longer equal the
// clean gold span. Two scores: the scorer's rule as is (lower bound), and the
// same rule on accent-folded text, which asks "was the same phrase found".
TEST(DeadlineGoldTest, NoisyTextStillScoresHigh) {
    VBTRACK_REQUIRE_SHARED(shared);
    Prf strict, found;
    for (unsigned seed : {1u, 2u, 3u}) {
        for (const auto& doc : dev_documents(shared)) {
            auto hyp = deadlines_in(add_ocr_noise(doc.text, seed), doc.issued);
            Prf r = score_deadlines(doc.gold, hyp);
            strict.gold += r.gold;
            strict.hyp += r.hyp;
            strict.matched += r.matched;
            std::vector<GoldDeadline> gold_folded = doc.gold;
            for (auto& g : gold_folded) g.text = folded(g.text);
            for (auto& h : hyp) h.text = folded(h.text);
            Prf f = score_deadlines(gold_folded, hyp);
            found.gold += f.gold;
            found.hyp += f.hyp;
            found.matched += f.matched;
        }
    }
    std::cout << "[ deadlines ] noisy text, 3 seeds x 6 documents: F1 " << strict.f1() << " (scorer's rule), "
              << found.f1() << " (accent-folded spans)\n";
    EXPECT_GE(strict.f1(), 0.85);
    EXPECT_GE(found.f1(), 0.95);
}

TEST(DeadlineGoldTest, NoiseIsRealNoise) {
    // The noise must change the text, or the noisy test proves nothing.
    std::string clean = "Sở Tài chính chủ trì, hoàn thành trước ngày 15/11/2024 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.";
    int changed = 0;
    for (unsigned seed = 1; seed <= 10; ++seed) changed += add_ocr_noise(clean, seed) != clean;
    EXPECT_GE(changed, 8);
}

// find_roles runs once per document for responsible_bodies anyway; what this
// extractor adds is extract_deadlines. Both are timed, the budget is for ours.
TEST(DeadlineGoldTest, ATypicalDocumentTakesUnderFiveMilliseconds) {
#ifndef NDEBUG
    GTEST_SKIP() << "timing is only meaningful in an optimized (Release) build";
#endif
    VBTRACK_REQUIRE_SHARED(shared);
    auto docs = dev_documents(shared);
    ASSERT_FALSE(docs.empty());
    struct Prepared {
        DocumentText text;
        std::vector<RoleAssignment> roles;
        std::optional<std::string> issued;
    };
    using clock = std::chrono::steady_clock;
    constexpr int kRounds = 20;
    std::vector<Prepared> prepared;
    auto start = clock::now();
    for (int round = 0; round < kRounds; ++round) {
        prepared.clear();
        for (const auto& doc : docs) {
            DocumentText text = DocumentText::from_plain(doc.text);
            auto roles = find_roles(text, {0, text.text().size()});
            prepared.push_back({std::move(text), std::move(roles), doc.issued});
        }
    }
    double roles_ms = std::chrono::duration<double, std::milli>(clock::now() - start).count() / (kRounds * docs.size());
    extract_deadlines(prepared[0].text, {0, 0}, prepared[0].issued, prepared[0].roles);  // builds the calendar once
    start = clock::now();
    std::size_t found = 0;
    for (int round = 0; round < kRounds; ++round)
        for (const auto& p : prepared)
            found += extract_deadlines(p.text, {0, p.text.text().size()}, p.issued, p.roles).size();
    double ms = std::chrono::duration<double, std::milli>(clock::now() - start).count() / (kRounds * docs.size());
    std::cout << "[ deadlines ] mean per document: extract_deadlines " << ms << " ms (text view + find_roles before it: "
              << roles_ms << " ms)\n";
    EXPECT_GT(found, 0u);
    EXPECT_LT(ms, 5.0 * kSanitizerSlowdown);
}

}  // namespace
}  // namespace vbtrack::test
