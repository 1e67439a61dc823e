// Waiting on a child process that writes its result to a pipe: read everything
// it writes until it exits, and kill it when it runs past its time limit.
// Shared by the contained reader (a forked copy of vbtrack) and the .doc reader
// (catdoc), both of which may hang on hostile input.
#pragma once

#include <chrono>
#include <string>
#include <sys/types.h>

namespace vbtrack::ocr {

struct ChildOutcome {
    std::string output;      // everything the child wrote to the pipe
    bool timed_out = false;  // killed with SIGKILL at the deadline
    int wait_status = 0;     // as waitpid reports it
    bool exited_ok() const;  // exited normally with status 0
    std::string describe(std::chrono::seconds limit) const;  // "killed by signal 11 (Segmentation fault)", ...
};

// Reads `fd` (closing it) until EOF, then reaps `pid`; SIGKILLs the child's
// process group at `limit`, and after the child ends, whatever it left running
// in its group (when the group is its own).
ChildOutcome collect_child(pid_t pid, int fd, std::chrono::seconds limit);

}  // namespace vbtrack::ocr
