#include "pipeline/batch/file_walker.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include <sys/stat.h>

namespace vbtrack {
namespace fs = std::filesystem;
namespace {

bool is_document_type(const fs::path& p) {
    static const std::set<std::string> extensions = {".docx", ".doc", ".pdf", ".tif", ".tiff",
                                                     ".png",  ".jpg", ".jpeg", ".txt"};
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return extensions.contains(ext);
}

bool is_hidden(const fs::path& p) {
    auto name = p.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

class Walker {
public:
    WalkResult result;

    void visit(const fs::path& path, bool explicitly_named) {
        if (!explicitly_named && is_hidden(path)) return;
        struct stat st;
        if (::stat(path.c_str(), &st) != 0) {
            result.problems.push_back(path.string() + ": cannot be read (missing, broken link or no permission)");
            return;
        }
        if (S_ISREG(st.st_mode)) {
            if (explicitly_named || is_document_type(path)) result.files.push_back(path);
            else ++result.ignored;
        } else if (S_ISDIR(st.st_mode)) {
            if (!visited_.insert({st.st_dev, st.st_ino}).second) return;  // a symlink loop or a folder seen twice
            walk_directory(path);
        }
        // Sockets, fifos and devices are not documents.
    }

private:
    void walk_directory(const fs::path& dir) {
        std::error_code ec;
        std::vector<fs::path> children;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) children.push_back(it->path());
        if (ec) {
            result.problems.push_back(dir.string() + ": folder cannot be listed (" + ec.message() + ")");
            return;
        }
        std::sort(children.begin(), children.end());
        for (const auto& child : children) visit(child, false);
    }

    std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

WalkResult walk_inputs(const std::vector<fs::path>& inputs) {
    Walker walker;
    for (const auto& input : inputs) walker.visit(input, true);
    return std::move(walker.result);
}

}  // namespace vbtrack
