// The development documents of ../shared/eval: their gold text, read as plain
// lines, must give the gold fields; with OCR-like noise injected, the header
// fields must survive.
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "document_builder.hpp"
#include "extractors/vietnamese.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

using nlohmann::json;

const char* const kDocuments[] = {"bc112-ubnd-eatan-2024",   "cv452-ubnd-hahoa-2024",  "kh-hdnd-sonvi-2022",
                                  "kh01-vpub-sonla-2023",    "kl215-tu-quangninh-2024", "qd1234-ubnd-nghean-2024"};

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Gold uses null for "not in the document"; the record uses empty strings.
std::string gold_string(const json& gold, const std::string& key) {
    std::string pointer = "/" + key;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    json::json_pointer at(pointer);
    return gold.contains(at) && gold.at(at).is_string() ? gold.at(at).get<std::string>() : std::string();
}

// score.py's similarity: 1 - edit distance / longer length, on lower-cased code points.
double similarity(const std::string& a, const std::string& b) {
    auto code_points = [](const std::string& s) {
        std::u32string out;
        std::string lower = to_lower(collapse_spaces(s));
        for (std::size_t pos = 0; pos < lower.size();) out += utf8::next(lower, pos);
        return out;
    };
    std::u32string x = code_points(a), y = code_points(b);
    if (x.empty() && y.empty()) return 1.0;
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return 1.0 - static_cast<double>(row[y.size()]) / static_cast<double>(std::max(x.size(), y.size()));
}

class GoldDocument : public testing::TestWithParam<const char*> {
protected:
    void load(const std::filesystem::path& shared) {
        dir_ = shared / "eval" / "docs" / GetParam();
        gold_ = json::parse(read_file(dir_ / "gold.json"));
        text_ = read_file(dir_ / "gold.txt");
    }
    std::filesystem::path dir_;
    json gold_;
    std::string text_;
};

TEST_P(GoldDocument, ScalarFieldsMatchGold) {
    VBTRACK_REQUIRE_SHARED(shared);
    load(shared);
    Record r = test::extract_text(text_);
    EXPECT_EQ(r.doc_type, gold_string(gold_, "doc_type"));
    EXPECT_EQ(r.doc_type_name, gold_string(gold_, "doc_type_name"));
    EXPECT_EQ(r.number_symbol, gold_string(gold_, "number_symbol"));
    EXPECT_EQ(r.issued_date.value_or(""), gold_string(gold_, "issued_date"));
    EXPECT_EQ(r.place, gold_string(gold_, "place"));
    EXPECT_GE(similarity(r.issuer, gold_string(gold_, "issuer")), 0.9) << r.issuer;
    EXPECT_GE(similarity(r.title, gold_string(gold_, "title")), 0.9) << r.title;
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->name, gold_string(gold_, "signer.name"));
    EXPECT_EQ(r.signer->position, gold_string(gold_, "signer.position"));
    EXPECT_EQ(folded(r.signer->authority), folded(gold_string(gold_, "signer.authority")));
}

TEST_P(GoldDocument, ListsMatchGold) {
    VBTRACK_REQUIRE_SHARED(shared);
    load(shared);
    Record r = test::extract_text(text_);
    std::set<std::string> gold_refs, refs;
    for (const auto& g : gold_["references"]) gold_refs.insert(g["number_symbol"].get<std::string>());
    for (const auto& ref : r.references) refs.insert(ref.number_symbol);
    EXPECT_EQ(refs, gold_refs);
    for (const auto& ref : r.references)
        for (const auto& g : gold_["references"])
            if (g["number_symbol"] == ref.number_symbol) {
                EXPECT_EQ(ref.date.value_or(""), g["date"].get<std::string>());
            }
    // Recipients and bodies: most of gold found, few extra (score.py's matching).
    auto matched = [](const std::vector<std::string>& hyp, const std::vector<std::string>& gold) {
        int n = 0;
        for (const auto& g : gold)
            for (const auto& h : hyp)
                if (similarity(g, h) >= 0.9) {
                    ++n;
                    break;
                }
        return n;
    };
    std::vector<std::string> gold_recipients = gold_["recipients"].get<std::vector<std::string>>();
    EXPECT_GE(matched(r.recipients, gold_recipients), static_cast<int>(gold_recipients.size()) - 2);
    std::vector<std::string> gold_bodies, bodies;
    for (const auto& b : gold_["responsible_bodies"]) gold_bodies.push_back(b["name"].get<std::string>());
    for (const auto& b : r.responsible_bodies) bodies.push_back(b.name);
    std::sort(gold_bodies.begin(), gold_bodies.end());
    gold_bodies.erase(std::unique(gold_bodies.begin(), gold_bodies.end()), gold_bodies.end());
    EXPECT_GE(matched(bodies, gold_bodies), static_cast<int>(gold_bodies.size() * 8 / 10));
}

std::string strip_marks(const std::string& line) {
    std::string out;
    for (std::size_t pos = 0; pos < line.size();) {
        char32_t c = utf8::next(line, pos);
        char base = c >= 0x80 ? base_letter(c) : 0;
        if (base) out += is_upper(c) ? static_cast<char>(base - 'a' + 'A') : base;
        else utf8::append(out, c);
    }
    return out;
}

// Noise an OCR of the printed page makes in the header: the motto read on the
// same line as the first issuer line, marks lost, "Số" read as "S6", a space
// before the slash.
std::string with_ocr_noise(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    for (std::size_t i = 1; i < std::min<std::size_t>(lines.size(), 6); ++i) {
        if (lines[i].rfind("CỘNG HÒA", 0) != 0) continue;
        lines[0] += ' ';
        lines[0] += lines[i];
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
        break;
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 6); ++i) {
        std::string& line = lines[i];
        line = strip_marks(line);
        if (line.rfind("So:", 0) != 0 && line.rfind("So ", 0) != 0) continue;
        line.replace(0, 2, "S6");
        if (std::size_t slash = line.find('/'); slash != std::string::npos)
            line.insert(line.begin() + static_cast<std::ptrdiff_t>(slash), ' ');
    }
    std::string out;
    for (const auto& line : lines) {
        out += line;
        out += '\n';
    }
    return out;
}

TEST_P(GoldDocument, HeaderFieldsSurviveOcrNoise) {
    VBTRACK_REQUIRE_SHARED(shared);
    load(shared);
    Record r = test::extract_text(with_ocr_noise(text_), TextSource::ocr);
    EXPECT_EQ(r.doc_type, gold_string(gold_, "doc_type"));
    // Symbols with Đ ("QĐ") lose the stroke in this noise: compare folded.
    EXPECT_EQ(folded(r.number_symbol), folded(gold_string(gold_, "number_symbol")));
    EXPECT_EQ(r.issued_date.value_or(""), gold_string(gold_, "issued_date"));
    EXPECT_EQ(folded(r.place), folded(gold_string(gold_, "place")));
    if (!r.number_symbol.empty()) {
        EXPECT_FALSE(r.regime.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Development, GoldDocument, testing::ValuesIn(kDocuments),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

// A real OCR of a printed original with a model that knows no Vietnamese marks.
TEST(RealOcr, Kh01HeaderFromGarbledOcr) {
    VBTRACK_REQUIRE_SHARED(shared);
    std::string text = read_file(shared / "eval" / "docs" / "kh01-vpub-sonla-2023" / "ocr_input.txt");
    Record r = test::extract_text(text, TextSource::ocr);
    EXPECT_EQ(r.regime, "state");
    EXPECT_EQ(r.doc_type, "KH");
    EXPECT_EQ(r.number_symbol, "01/KH-VPUB");
    EXPECT_EQ(r.issued_date, "2023-01-04");
    EXPECT_EQ(r.place, "Son La");
    EXPECT_EQ(r.issuer_lines, (std::vector<std::string>{"UBND TINH SON LA", "VAN PHONG"}));
    ASSERT_TRUE(r.signer);
    // The office words are a closed vocabulary, so their marks come back.
    EXPECT_EQ(r.signer->authority, "KT. Chánh Văn phòng");
}

}  // namespace
}  // namespace vbtrack
