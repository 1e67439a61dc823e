#include "normalizers/lm/corpus_reader.hpp"

#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "normalizers/normalize_text.hpp"

namespace vbtrack::lm {
namespace fs = std::filesystem;
namespace {

bool has_extension(const fs::path& file, std::string_view ext) { return file.extension() == ext; }

bool is_corpus_file(const fs::path& file) {
    return has_extension(file, ".txt") || has_extension(file, ".html") || has_extension(file, ".xhp") ||
           has_extension(file, ".gz");
}

std::string read_plain(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read corpus file " + file.string() + ": check its permissions");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string read_gzip(const fs::path& file) {
    std::unique_ptr<gzFile_s, decltype(&gzclose)> in(gzopen(file.c_str(), "rb"), &gzclose);
    if (!in) throw std::runtime_error("cannot open gzip corpus file " + file.string());
    std::string out;
    char buffer[1 << 16];
    int n;
    while ((n = gzread(in.get(), buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<std::size_t>(n));
    return out;
}

// HTML: tags become line breaks (block structure is all a sentence split
// needs), the few entities help pages use are decoded.
std::string strip_html(std::string_view html) {
    std::string out;
    out.reserve(html.size() / 2);
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '<') {
            const std::size_t close = html.find('>', i);
            if (close == std::string_view::npos) break;
            const std::string_view tag = html.substr(i, close - i);
            // Inline tags (<a>, <span>, <b>…) keep the sentence together.
            const bool inline_tag = tag.starts_with("<a") || tag.starts_with("</a") || tag.starts_with("<span") ||
                                    tag.starts_with("</span") || tag.starts_with("<b") || tag.starts_with("</b") ||
                                    tag.starts_with("<i") || tag.starts_with("</i") || tag.starts_with("<em") ||
                                    tag.starts_with("</em");
            out += inline_tag ? ' ' : '\n';
            i = close;
            continue;
        }
        if (html[i] == '&') {
            static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&nbsp;", " "}, {"&#39;", "'"}};
            const auto entity = std::find_if(std::begin(kEntities), std::end(kEntities),
                                             [&](const auto& e) { return html.substr(i).starts_with(e.first); });
            if (entity != std::end(kEntities)) {
                out += entity->second;
                i += entity->first.size() - 1;
                continue;
            }
        }
        out += html[i];
    }
    return out;
}

// roff: request lines (.TH, .SH …) are dropped but their text arguments kept;
// font escapes (\fB, \fR) and a few character escapes removed.
std::string strip_roff(std::string_view roff) {
    std::string out;
    std::size_t start = 0;
    while (start < roff.size()) {
        std::size_t stop = roff.find('\n', start);
        if (stop == std::string_view::npos) stop = roff.size();
        std::string_view line = roff.substr(start, stop - start);
        start = stop + 1;
        if (line.starts_with(".\\\"") || line.starts_with("'\\\"")) continue;  // comment
        if (line.starts_with('.')) {
            const std::size_t space = line.find(' ');
            if (space == std::string_view::npos) continue;
            line = line.substr(space + 1);
        }
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\\' && i + 1 < line.size()) {
                const char e = line[i + 1];
                i += (e == 'f' || e == 's') && i + 2 < line.size() ? 2 : 1;
                if (e == '-') out += '-';
                continue;
            }
            if (line[i] != '"') out += line[i];
        }
        out += '\n';
    }
    return out;
}

}  // namespace

std::vector<fs::path> corpus_files(const std::vector<fs::path>& roots, const std::vector<std::string>& excluded) {
    std::vector<fs::path> files;
    auto keep = [&](const fs::path& file) {
        return is_corpus_file(file) && std::none_of(excluded.begin(), excluded.end(), [&](const std::string& part) {
                   return file.string().find(part) != std::string::npos;
               });
    };
    for (const fs::path& root : roots) {
        if (fs::is_regular_file(root)) {
            files.push_back(root);
            continue;
        }
        if (!fs::is_directory(root))
            throw std::runtime_error("corpus path " + root.string() + " is neither a file nor a folder");
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (entry.is_regular_file() && keep(entry.path())) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void for_each_line(const fs::path& file, const std::function<void(std::string_view)>& visit) {
    std::string text;
    if (has_extension(file, ".gz")) {
        text = strip_roff(read_gzip(file));
    } else {
        text = read_plain(file);
        if (has_extension(file, ".html") || has_extension(file, ".xhp")) text = strip_html(text);
    }
    // The same canonical form (NFC, one tone-mark placement) as the text the
    // model will score: the corpus mixes "hoà" and "hòa".
    const std::string normalized = normalize_text(text);
    const std::string_view all = normalized;
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t stop = all.find('\n', start);
        if (stop == std::string_view::npos) stop = all.size();
        const std::string_view line = all.substr(start, stop - start);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) visit(line);
        start = stop + 1;
    }
}

std::vector<fs::path> debian_vietnamese_text() {
    std::vector<fs::path> roots;
    for (const char* dir : {"/usr/share/libreoffice/help/vi/text", "/usr/share/man/vi"})
        if (fs::is_directory(dir)) roots.emplace_back(dir);
    return roots;
}

}  // namespace vbtrack::lm
