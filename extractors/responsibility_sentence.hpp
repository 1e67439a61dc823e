// One sentence (or clause) read for the roles it gives bodies (responsibility.hpp):
// the verbs that give a role, and the clause around each that says who takes it.
// Its members are defined by what they read:
//   responsibility_sentence.cpp   the sentence, verb by verb (run), and the roles kept
//   responsibility_clauses.cpp    where a clause, a name and a verb stand
//   responsibility_subjects.cpp   the body before a verb, its subject, and its role
//   responsibility_objects.cpp    the bodies a verb gives a task to ("giao", "chỉ đạo", "yêu cầu")
//   responsibility_execution.cpp  a decision's closing "... chịu trách nhiệm thi hành" clause
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/responsibility.hpp"
#include "extractors/responsibility_names.hpp"
#include "extractors/responsibility_words.hpp"

namespace vbtrack::roles {

class SentenceRoles {
public:
    // `words`: the sentence's words_of().
    SentenceRoles(const DocumentText& text, std::vector<Word> words, std::vector<std::string> subjects,
                  const RoleContext& context, const KnownNames& known);
    std::vector<RoleAssignment> run();

private:
    void add(std::string name, std::string role, TextSpan span, std::string rule);
    void add_range(NameRange r, const std::string& role, const std::string& rule);

    // responsibility_clauses.cpp
    std::size_t clause_begin(std::size_t i) const;
    bool verb_at(std::size_t i, std::string_view verb) const;
    bool clause_start(std::size_t i) const;
    bool leads_action(std::size_t next) const;
    bool told_in_past(std::size_t i) const;
    bool after_name(std::size_t k) const;
    std::size_t after_title(std::size_t b) const;
    std::size_t monitoring_verb(std::size_t i) const;
    bool task_after_clause(std::size_t k) const;
    std::size_t scope_end(std::size_t k) const;
    bool advised(std::size_t b) const;
    bool names_a_letter(std::size_t i) const;
    bool names_before(std::size_t k) const;
    std::size_t verb_after_apposition(std::size_t k) const;
    std::size_t after_fronted_adverbial(std::size_t b) const;
    bool name_then_verb(std::size_t k) const;

    // responsibility_subjects.cpp
    std::string assign_subject(std::size_t i, const std::string& role, const std::string& rule);
    std::string remember(std::string name);
    bool qualified_by_participle(std::size_t b, std::size_t e, std::size_t verb) const;
    void subject_verb(std::size_t b);
    bool is_issuer(NameRange r) const;
    void heading_role(const std::string& role, std::size_t i);
    void monitor(std::size_t i, const std::optional<std::string>& lead);
    void partners(std::size_t i);

    // responsibility_objects.cpp
    void directed(std::size_t k, const std::string& rule);
    void given(std::size_t b, const std::string& rule);
    void leads_other(std::size_t i);
    void directed_objects(std::size_t i);
    void requested(std::size_t b);

    // responsibility_execution.cpp
    void execution_clause();
    void execution_part(std::size_t b, std::size_t e);

    const std::string& s_;
    std::vector<Word> w_;
    std::vector<std::string> subjects_;  // the bodies a heading above names, for a clause without a subject
    const RoleContext& context_;
    std::size_t lead_ = 0;  // list markers ("-", "2.1.", "a)") opening the sentence
    std::string sentence_subject_;  // the first body a clause of this sentence gave a role
    std::size_t partners_end_ = 0;  // the word after the last "phối hợp với" list
    std::vector<RoleAssignment> out_;
};

}  // namespace vbtrack::roles
