// RFC 4180 CSV that LibreOffice and Excel open as UTF-8 without an import
// dialog: a byte-order mark first, CRLF line ends, and every field quoted, so
// commas, quotes and line breaks inside Vietnamese text stay in their cell.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace vbtrack {

class CsvWriter {
public:
    // Writes the byte-order mark and the header row.
    CsvWriter(std::ostream& out, const std::vector<std::string>& header);
    void row(const std::vector<std::string>& fields);

private:
    std::ostream& out_;
    std::size_t columns_;
};

// "a; b; c": how a list goes into one cell.
std::string join_cell(const std::vector<std::string>& items);

}  // namespace vbtrack
