#include "hostile_files.hpp"

#include <fstream>
#include <string>
#include <vector>

#include <leptonica/allheaders.h>
#include <zlib.h>

namespace vbtrack::test {
namespace {

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string big_endian(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string png_chunk(const std::string& type, const std::string& data) {
    const std::string body = type + data;
    const auto crc = crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
    return big_endian(static_cast<std::uint32_t>(data.size())) + body + big_endian(static_cast<std::uint32_t>(crc));
}

void write_pages_tiff(const std::filesystem::path& path, int pages) {
    for (int i = 0; i < pages; ++i) {
        PIX* pix = pixCreate(2480, 3508, 1);
        pixSetResolution(pix, 300, 300);
        pixRasterop(pix, 300, 400 + 200 * i, 1800, 40, PIX_SET, nullptr, 0, 0);
        pixWriteTiff(path.c_str(), pix, IFF_TIFF_G4, i == 0 ? "w" : "a");
        pixDestroy(&pix);
    }
}

}  // namespace

void write_corrupt_pdf(const std::filesystem::path& path) {
    std::string bytes = "%PDF-1.7\n";
    for (int i = 0; i < 4000; ++i) bytes += static_cast<char>((i * 7919) % 251);
    write_bytes(path, bytes);
}

void write_truncated_tiff(const std::filesystem::path& path) {
    write_pages_tiff(path, 2);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) * 2 / 5);
}

void write_huge_png(const std::filesystem::path& path) {
    const std::string header = big_endian(30000) + big_endian(30000) + std::string("\x08\x00\x00\x00\x00", 5);
    write_bytes(path, std::string("\x89PNG\r\n\x1A\n", 8) + png_chunk("IHDR", header) + png_chunk("IDAT", "") +
                          png_chunk("IEND", ""));
}

void write_slow_pdf(const std::filesystem::path& path) {
    std::string ops = "50 w\n";
    for (int i = 0; i < 200000; ++i) ops += "0 0 m 595 842 l 595 0 m 0 842 l S\n";
    std::vector<Bytef> packed(compressBound(static_cast<uLong>(ops.size())));
    uLongf packed_size = static_cast<uLongf>(packed.size());
    compress2(packed.data(), &packed_size, reinterpret_cast<const Bytef*>(ops.data()), static_cast<uLong>(ops.size()), 9);
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length " + std::to_string(packed_size) + " /Filter /FlateDecode >>\nstream\n" +
            std::string(reinterpret_cast<const char*>(packed.data()), packed_size) + "\nendstream"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    write_bytes(path, pdf);
}

void write_blank_tiff(const std::filesystem::path& path, int pages) { write_pages_tiff(path, pages); }

}  // namespace vbtrack::test
