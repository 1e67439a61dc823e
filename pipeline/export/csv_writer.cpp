#include "pipeline/export/csv_writer.hpp"

#include <stdexcept>

namespace vbtrack {

namespace {

void write_field(std::ostream& out, const std::string& field) {
    out << '"';
    for (char c : field) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}

}  // namespace

CsvWriter::CsvWriter(std::ostream& out, const std::vector<std::string>& header) : out_(out), columns_(header.size()) {
    out_ << "\xEF\xBB\xBF";
    row(header);
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    // A short row would shift every later cell under the wrong header.
    if (fields.size() != columns_) throw std::logic_error("CSV row has a different number of fields than the header");
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out_ << ',';
        write_field(out_, fields[i]);
    }
    out_ << "\r\n";
}

std::string join_cell(const std::vector<std::string>& items) {
    std::string cell;
    for (const auto& item : items) {
        if (!cell.empty()) cell += "; ";
        cell += item;
    }
    return cell;
}

}  // namespace vbtrack
