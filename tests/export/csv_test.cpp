#include "pipeline/export/csv_writer.hpp"

#include <sstream>

#include <gtest/gtest.h>

#include "pipeline/export/exporter.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

const std::string kBom = "\xEF\xBB\xBF";

// An RFC 4180 reader written for the test: quoted fields may hold commas,
// doubled quotes and line breaks; records end with CRLF.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            ADD_FAILURE() << "unquoted or stray character at byte " << i;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quoted field";
    EXPECT_TRUE(row.empty() && field.empty()) << "last record without CRLF";
    return rows;
}

TEST(Csv, StartsWithBomAndKeepsTrickyFieldsInTheirCells) {
    std::ostringstream out;
    {
        CsvWriter csv(out, {"a", "b", "c"});
        csv.row({"Tổng hợp, báo cáo", "nói \"đúng\"", "dòng 1\ndòng 2"});
        csv.row({"", "=1+1", "x"});
    }
    const std::string text = out.str();
    ASSERT_EQ(text.substr(0, 3), kBom);
    auto rows = read_csv(text.substr(3));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"Tổng hợp, báo cáo", "nói \"đúng\"", "dòng 1\ndòng 2"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"", "=1+1", "x"}));
    // The doubled quote is what RFC 4180 prescribes.
    EXPECT_NE(text.find("\"nói \"\"đúng\"\"\""), std::string::npos);
}

TEST(Csv, RowOfWrongWidthIsRefused) {
    std::ostringstream out;
    CsvWriter csv(out, {"a", "b"});
    EXPECT_THROW(csv.row({"only one"}), std::logic_error);
}

TEST(Csv, RecordExportHasOneRowPerRecord) {
    std::ostringstream out;
    make_exporter("csv")->write({test::state_plan(), test::party_conclusion()}, out);
    auto rows = read_csv(out.str().substr(kBom.size()));
    ASSERT_EQ(rows.size(), 3u);
    const auto& header = rows[0];
    auto column = [&](const std::string& name) {
        auto it = std::find(header.begin(), header.end(), name);
        EXPECT_NE(it, header.end()) << name;
        return std::size_t(it - header.begin());
    };
    EXPECT_EQ(rows[1][column("number_symbol")], "05/KH-UBND");
    EXPECT_EQ(rows[1][column("issued_date")], "2025-03-02");
    EXPECT_EQ(rows[1][column("deadlines")], "3");
    EXPECT_EQ(rows[1][column("recipients")], "Thường trực Đảng ủy xã; Các thôn, bản");
    EXPECT_EQ(rows[2][column("issuer")], "Đảng ủy xã Tân Lập");
    EXPECT_EQ(rows[2][column("signer")], "Trần Thị Hoa");
}

}  // namespace
}  // namespace vbtrack
