#include "normalizers/diacritics/count_table.hpp"

#include <charconv>
#include <sstream>
#include <stdexcept>

namespace vbtrack::diacritics {

std::vector<CountRow> parse_count_table(std::string_view table, std::string_view table_name) {
    std::vector<CountRow> rows;
    std::istringstream in{std::string(table)};
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::istringstream parts(line);
        for (std::string field; std::getline(parts, field, '\t');) fields.push_back(field);
        CountRow row;
        const bool four_fields = fields.size() == 4;
        const auto [end, error] = four_fields ? std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), row.count)
                                              : std::from_chars_result{nullptr, std::errc::invalid_argument};
        if (!four_fields || error != std::errc{} || end != fields[3].data() + fields[3].size())
            throw std::runtime_error(std::string(table_name) + ": malformed line (kind, true, read, count): " + line);
        row.kind = std::move(fields[0]);
        row.truth = std::move(fields[1]);
        row.read = std::move(fields[2]);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace vbtrack::diacritics
