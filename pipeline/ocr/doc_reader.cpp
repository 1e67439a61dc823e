#include "pipeline/ocr/doc_reader.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/ocr/child_process.hpp"

extern char** environ;

namespace vbtrack::ocr {
namespace {

constexpr std::chrono::seconds kCatdocTimeLimit{60};

struct SpawnActions {
    posix_spawn_file_actions_t actions;
    SpawnActions() { posix_spawn_file_actions_init(&actions); }
    ~SpawnActions() { posix_spawn_file_actions_destroy(&actions); }
};

struct SpawnAttributes {
    posix_spawnattr_t attributes;
    SpawnAttributes() { posix_spawnattr_init(&attributes); }
    ~SpawnAttributes() { posix_spawnattr_destroy(&attributes); }
};

// catdoc's text: one line per paragraph (-w), UTF-8 (-d utf-8); a table row
// comes as its cells separated by tabs.
std::string run_catdoc(const std::filesystem::path& path) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) throw InputError(path.string() + ": cannot start catdoc (no pipe): " + strerror(errno));
    SpawnActions actions;
    posix_spawn_file_actions_adddup2(&actions.actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions.actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    SpawnAttributes attributes;
    posix_spawnattr_setflags(&attributes.attributes, POSIX_SPAWN_SETPGROUP);  // killable as a group at the deadline
    posix_spawnattr_setpgroup(&attributes.attributes, 0);
    std::string file = path.string();
    char* argv[] = {const_cast<char*>("catdoc"), const_cast<char*>("-w"), const_cast<char*>("-d"),
                    const_cast<char*>("utf-8"), file.data(), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "catdoc", &actions.actions, &attributes.attributes, argv, environ);
    close(fds[1]);
    if (spawned != 0) {
        close(fds[0]);
        throw InputError(path.string() + ": cannot run catdoc to read this .doc file (" + strerror(spawned) +
                         "); install the Debian package catdoc");
    }
    const ChildOutcome outcome = collect_child(pid, fds[0], kCatdocTimeLimit);
    if (!outcome.exited_ok())
        throw InputError(path.string() + ": catdoc " + outcome.describe(kCatdocTimeLimit) +
                         " reading this .doc; open it in Word or LibreOffice and save it as .docx");
    return outcome.output;
}

void add_paragraph(Document& doc, std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    if (text.empty()) return;
    Paragraph p;
    p.runs.push_back({std::string(text), "", false, false});
    p.raw_text = p.text = std::string(text);
    doc.paragraphs.push_back(std::move(p));
}

}  // namespace

Document DocReader::read(const std::filesystem::path& path, const SourceInfo& source) const {
    const std::string text = run_catdoc(path);
    Document doc;
    doc.source = source;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\n\t\f", start);
        if (end == std::string::npos) end = text.size();
        add_paragraph(doc, std::string_view(text).substr(start, end - start));
        start = end + 1;
    }
    if (doc.paragraphs.empty())
        throw InputError(path.string() + ": catdoc found no text in this .doc (a scan saved as Word?); "
                         "export its pages as images or PDF and import those");
    Page page;
    page.ocr_decision = ".doc: text from catdoc";
    doc.pages.push_back(page);
    return doc;
}

}  // namespace vbtrack::ocr
