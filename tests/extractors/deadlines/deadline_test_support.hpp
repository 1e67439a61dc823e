// Helpers shared by the deadline tests: running the extractor on a plain text,
// and the scorer's matching rule for deadlines (../shared/eval/score.py,
// deadline_score): equal non-null date, equal non-null month_day, or spans that
// carry the same numbers and contain one another or are >= 0.7 similar.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extractors/deadlines/deadlines.hpp"
#include "extractors/responsibility.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack::test {

inline std::vector<Deadline> deadlines_in(const std::string& text, const std::optional<std::string>& issued) {
    DocumentText view = DocumentText::from_plain(text);
    TextSpan all{0, view.text().size()};
    auto roles = find_roles(view, all);
    std::vector<Deadline> out;
    for (auto& f : extract_deadlines(view, all, issued, roles)) out.push_back(std::move(f.value));
    return out;
}

// score.py's norm(): casefold, whitespace folded, edge ".,;:" removed.
inline std::string score_norm(const std::string& s) {
    std::string t = to_lower(collapse_spaces(s));
    std::size_t b = t.find_first_not_of(" .,;:"), e = t.find_last_not_of(" .,;:");
    return b == std::string::npos ? std::string() : t.substr(b, e - b + 1);
}

inline std::vector<int> numbers_in(const std::string& s) {
    std::vector<int> out;
    for (std::size_t i = 0; i < s.size();) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        int v = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) v = v * 10 + (s[i++] - '0');
        out.push_back(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Code point Levenshtein similarity, as score.py's sim().
inline double similarity(const std::string& a8, const std::string& b8) {
    auto cps = [](const std::string& s) {
        std::vector<char32_t> v;
        for (std::size_t p = 0; p < s.size();) v.push_back(utf8::next(s, p));
        return v;
    };
    auto a = cps(a8), b = cps(b8);
    if (a.empty() && b.empty()) return 1.0;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
        std::swap(prev, cur);
    }
    return 1.0 - static_cast<double>(prev[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

struct GoldDeadline {
    std::string text;
    std::optional<std::string> date, month_day;
};

inline bool deadline_matches(const GoldDeadline& g, const Deadline& h) {
    if (g.date && h.date == g.date) return true;
    if (g.month_day && h.month_day == g.month_day) return true;
    std::string gt = score_norm(g.text), ht = score_norm(h.text);
    if (gt.empty() || ht.empty() || numbers_in(gt) != numbers_in(ht)) return false;
    bool contained = std::min(gt.size(), ht.size()) >= 6 && (gt.find(ht) != std::string::npos || ht.find(gt) != std::string::npos);
    return contained || similarity(gt, ht) >= 0.7;
}

struct Prf {
    std::size_t gold = 0, hyp = 0, matched = 0;
    double f1() const { return gold + hyp == 0 ? 1.0 : 2.0 * static_cast<double>(matched) / static_cast<double>(gold + hyp); }
};

// One-to-one matching in gold order (the dev documents have no ties that a
// greedy-by-score order would resolve differently).
inline Prf score_deadlines(const std::vector<GoldDeadline>& gold, const std::vector<Deadline>& hyp) {
    Prf r{gold.size(), hyp.size(), 0};
    std::vector<bool> used(hyp.size(), false);
    for (const auto& g : gold)
        for (std::size_t i = 0; i < hyp.size(); ++i)
            if (!used[i] && deadline_matches(g, hyp[i])) {
                used[i] = true;
                ++r.matched;
                break;
            }
    return r;
}

}  // namespace vbtrack::test
