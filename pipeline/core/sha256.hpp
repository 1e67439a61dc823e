#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace vbtrack {

// Lower-case hex SHA-256 of a file's bytes, read in blocks (files can be large).
// Throws std::system_error when the file cannot be read.
std::string sha256_file(const std::filesystem::path& path);
std::string sha256_hex(std::string_view bytes);

}  // namespace vbtrack
