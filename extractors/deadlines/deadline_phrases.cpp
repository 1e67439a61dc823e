#include "extractors/deadlines/deadline_phrases.hpp"

#include <algorithm>

#include "extractors/deadlines/folded_tokens.hpp"
#include "extractors/deadlines/lead_words.hpp"
#include "extractors/deadlines/written_dates.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack::deadlines {

namespace {

constexpr int kMaxTriggerTokens = 20;

class PhraseParser {
public:
    PhraseParser(std::string_view text, const FoldedText& folded, const std::vector<Token>& tokens)
        : text_(text), folded_(folded), tokens_(tokens) {}

    // The phrases that start at token `index` (several when one recurrence
    // governs a coordination of dates); empty when none does.
    std::vector<DeadlinePhrase> parse_at(std::size_t index, std::size_t& end_index) const {
        if (follows_past_event(index)) return {};
        std::vector<DeadlinePhrase> out = parse_chain_at(index, end_index);
        if (out.empty())
            if (auto one = parse_one_at(index, end_index)) out.push_back(std::move(*one));
        return out;
    }

private:
    // "trước ngày 15/6 và ngày 15/12 hằng năm", "trước ngày 10, ngày 20 và ngày 30
    // hằng tháng": the suffix governs every date of the coordination, so each is
    // a recurring deadline of its own; the first keeps the lead word, the last
    // the suffix.
    std::vector<DeadlinePhrase> parse_chain_at(std::size_t index, std::size_t& end_index) const {
        TokenCursor c(tokens_, index);
        auto lead = read_lead(c);
        if (!lead || *lead == Lead::after || *lead == Lead::within) return {};
        skip_time_of_day(c);
        struct Item {
            DateParts parts;
            std::size_t begin, end;  // tokens
        };
        std::vector<Item> items;
        for (;;) {
            Item item{{}, c.pos(), 0};
            c.word("ngay");
            auto day = c.number(2);
            if (!day) break;
            item.parts.day = *day;
            if (c.mark('/') || c.mark('-') || c.mark('.') || c.word("thang")) {
                auto month = c.number(2);
                if (!month) return {};
                item.parts.month = *month;
                std::size_t after_month = c.pos();
                // A written year dates one occurrence: not a recurring chain.
                if ((c.mark('/') || c.mark('-') || c.mark('.') || c.word("nam")) && four_digit_year(c)) return {};
                c.seek(after_month);
            }
            item.end = c.pos();
            items.push_back(item);
            bool comma = c.mark(',');
            if (!c.any_word({"va", "hoac"}) && !comma) break;
        }
        if (items.size() < 2) return {};
        c.word("cua");
        if (!c.any_word({"hang", "moi"})) return {};
        PhraseKind kind;
        if (c.word("nam")) kind = PhraseKind::yearly;
        else if (c.word("thang")) kind = PhraseKind::monthly;
        else return {};
        std::vector<DeadlinePhrase> out;
        for (std::size_t k = 0; k < items.size(); ++k) {
            DateParts parts = items[k].parts;
            bool has_month = parts.month != 0;
            if (has_month != (kind == PhraseKind::yearly)) return {};
            if (has_month ? !plausible_day(parts.month, parts.day) : parts.day < 1 || parts.day > 31) return {};
            parts.kind = kind;
            DeadlinePhrase phrase = with_parts(parts, "deadline.date.shared_recurrence");
            std::size_t first = k == 0 ? index : items[k].begin;
            std::size_t last = k + 1 == items.size() ? c.pos() : items[k].end;
            phrase.span = folded_.to_source(tokens_[first].begin, tokens_[last - 1].end);
            out.push_back(std::move(phrase));
        }
        end_index = c.pos();
        return out;
    }

    std::optional<DeadlinePhrase> parse_one_at(std::size_t index, std::size_t& end_index) const {
        TokenCursor c(tokens_, index);
        auto lead = read_lead(c);
        if (!lead) return std::nullopt;
        std::size_t body = c.pos();
        if (*lead != Lead::after && *lead != Lead::within) skip_time_of_day(c);
        if (*lead != Lead::after)
            if (auto date = read_date(c)) {
                // "vào ngày 15/3/2024" dates an event; "vào ngày 28 hằng tháng" sets a day to report by.
                if (*lead == Lead::on && date->kind != PhraseKind::monthly && date->kind != PhraseKind::yearly &&
                    date->kind != PhraseKind::quarterly)
                    return std::nullopt;
                return finish(with_parts(*date, "deadline.date"), index, c.pos(), end_index);
            }
        if (*lead == Lead::on) return std::nullopt;
        c.seek(body);
        if (*lead == Lead::within || *lead == Lead::label)
            if (auto period = read_period(c))
                return finish(with_parts(*period, "deadline.period"), index, c.pos(), end_index);
        c.seek(body);
        if (*lead == Lead::within && completion_before(index))
            if (auto year = c.word("nam") ? four_digit_year(c) : std::nullopt)
                return finish(with_parts({PhraseKind::period, *year, 12, 0}, "deadline.period.year"), index, c.pos(),
                              end_index);
        c.seek(body);
        if (auto term = read_term(c, *lead)) {
            DeadlinePhrase phrase;
            phrase.kind = PhraseKind::relative;
            phrase.term = std::move(term);
            phrase.rule = "deadline.term";
            return finish(phrase, index, c.pos(), end_index);
        }
        return std::nullopt;
    }

    static DeadlinePhrase with_parts(const DateParts& parts, std::string rule) {
        DeadlinePhrase phrase;
        phrase.kind = parts.kind;
        phrase.year = parts.year;
        phrase.month = parts.month;
        phrase.day = parts.day;
        phrase.rule = std::move(rule);
        return phrase;
    }

    std::optional<DeadlinePhrase> finish(DeadlinePhrase phrase, std::size_t first, std::size_t end,
                                         std::size_t& end_index) const {
        phrase.span = folded_.to_source(tokens_[first].begin, tokens_[end - 1].end);
        end_index = end;
        return phrase;
    }

    std::optional<Term> read_term(TokenCursor& c, Lead lead) const {
        std::size_t start = c.pos();
        auto amount = c.number(3);
        if (!amount || *amount == 0) return no_match(c, start);
        c.gloss();
        Term term;
        term.amount = *amount;
        if (c.word("ngay")) {
            if (c.words({"lam", "viec"})) term.unit = Term::Unit::working_days;
        } else if (c.word("tuan")) {
            term.amount *= 7;
        } else if (c.word("thang")) {
            term.unit = Term::Unit::months;
        } else {
            return no_match(c, start);
        }
        c.mark(',');
        if (c.words({"ke", "tu"}) || c.words({"tinh", "tu"})) {
            if (!c.word("khi")) c.word("ngay");
        } else if (c.word("sau")) {
            if (!c.word("khi")) c.word("ngay");
        } else if (c.word("khi")) {
        } else if (c.word("truoc")) {
            term.before = true;
            skip_speck_before_day_word(c);
            if (!c.word("khi")) c.word("ngay");
        } else if (lead == Lead::before) {
            term.before = true;  // "trước 15 ngày diễn ra Hội nghị"
        } else {
            return no_match(c, start);
        }
        if (!read_trigger(c, term)) return no_match(c, start);
        return term;
    }

    // "05 ngày trước. ngày tổ chức": OCR read a speck as a full stop.
    void skip_speck_before_day_word(TokenCursor& c) const {
        const Token* mark = c.peek();
        const Token* next = c.peek(1);
        if (mark && next && mark->kind == Token::Kind::mark && (mark->text == "." || mark->text == ",") &&
            next->text == "ngay" && starts_lower(original(*next)))
            c.seek(c.pos() + 1);
    }

    // The event a term counts from: up to a comma, semicolon, full stop, the end
    // of the line, or "để"/"nhằm" (a purpose, not part of the event).
    bool read_trigger(TokenCursor& c, Term& term) const {
        std::size_t start = c.pos();
        if (auto anchor = read_date(c); anchor && anchor->kind == PhraseKind::date && anchor->year) {
            term.anchor_year = anchor->year;
            term.anchor_month = anchor->month;
            term.anchor_day = anchor->day;
        } else {
            c.seek(start);
        }
        std::size_t end = c.pos();
        for (int n = 0; !c.done() && n < kMaxTriggerTokens; ++n) {
            const Token& t = *c.peek();
            if (t.kind == Token::Kind::mark && std::string_view(",;.:\n").find(t.text[0]) != std::string_view::npos)
                break;
            if (t.after_newline && !starts_lower(original(t))) break;  // a new paragraph, not a wrapped line
            if (t.kind == Token::Kind::word && starts_purpose(c.pos())) break;
            c.seek(c.pos() + 1);
            end = c.pos();
        }
        if (end == start) return false;
        c.seek(end);
        TextSpan span = folded_.to_source(tokens_[start].begin, tokens_[end - 1].end);
        term.trigger = std::string(text_.substr(span.begin, span.size()));
        term.from_signing = names_signing(start, end);
        return true;
    }

    // "để …", "nhằm …" open a purpose. Without marks (OCR) "de" may also be
    // "đề" (đề nghị, đề xuất …): those compounds do not count.
    bool starts_purpose(std::size_t i) const {
        std::string w = original_word(tokens_[i]);
        if (w == "để" || w == "nhằm") return true;
        if (w != "de" && w != "nham") return false;
        static const std::string_view de_compounds[] = {"nghi", "xuat", "an", "ra", "cap", "tai", "muc", "bat"};
        std::string_view next = i + 1 < tokens_.size() ? tokens_[i + 1].text : std::string_view{};
        return w == "nham" || std::find(std::begin(de_compounds), std::end(de_compounds), next) == std::end(de_compounds);
    }

    // "ký", "ban hành", "Quyết định này được ký", "văn bản này ban hành".
    bool names_signing(std::size_t first, std::size_t end) const {
        auto signing_at = [&](std::size_t i) {
            if (i >= end) return false;
            if (original_word(tokens_[i]) == "ký") return true;
            return i + 1 < end && tokens_[i].text == "ban" && tokens_[i + 1].text == "hanh";
        };
        if (signing_at(first)) return true;
        for (std::size_t i = first + 1; i < end && i <= first + 3; ++i) {
            if (tokens_[i].text != "nay") continue;
            std::size_t next = i + 1;
            if (next < end && tokens_[next].text == "duoc") ++next;
            return signing_at(next);
        }
        return false;
    }

    std::string_view original(const Token& t) const {
        TextSpan span = folded_.to_source(t.begin, t.end);
        return text_.substr(span.begin, span.size());
    }
    // The token's word as written, lower-cased: "ký" and "kỳ" fold alike.
    std::string original_word(const Token& t) const { return to_lower(original(t)); }

    // "ban hành trước ngày …", "phát sinh trước ngày …": a condition on the past,
    // not a time limit for a task. An approval the clause asks for is one, though:
    // "trình Ủy ban nhân dân tỉnh phê duyệt trước ngày …".
    bool follows_past_event(std::size_t index) const {
        auto word_at = [&](std::size_t back) -> std::string_view {
            return index >= back && tokens_[index - back].kind == Token::Kind::word ? tokens_[index - back].text
                                                                                     : std::string_view{};
        };
        std::string_view w1 = word_at(1), w2 = word_at(2);
        if (((w2 == "ban" && w1 == "hanh") || (w2 == "phe" && w1 == "duyet")) && submitted_for(index - 2)) return false;
        return (w2 == "ban" && w1 == "hanh") || (w2 == "phe" && w1 == "duyet") || (w2 == "phat" && w1 == "sinh") ||
               (w2 == "xay" && w1 == "ra") || (w2 == "hieu" && w1 == "luc") || (w2 == "ky" && w1 == "ket");
    }

    // "...; hoàn thành trong năm 2026", "- Hoàn thành trong năm 2026": a year is the
    // period most plans' activities and targets run in ("Phấn đấu ... trong năm
    // 2025", "Trong năm 2024, ... đã ..."), so it limits a task only as the term of
    // its completion, a clause of its own ("các dự án hoàn thành trong năm 2025" is
    // a kind of project, "Để hoàn thành ... trong năm 2024" a purpose).
    bool completion_before(std::size_t index) const {
        if (index < 2 || tokens_[index - 2].text != "hoan" || tokens_[index - 1].text != "thanh") return false;
        std::size_t verb = index - 2;
        if (verb >= 1 && tokens_[verb - 1].text == "phai") --verb;  // "..., phải hoàn thành trong năm"
        // A capital after a line break opens a paragraph; a lower case word goes on a wrapped line.
        if (verb == 0 || (tokens_[verb].after_newline && !starts_lower(original(tokens_[verb])))) return true;
        return tokens_[verb - 1].kind == Token::Kind::mark;
    }

    // "trình X phê duyệt", "tham mưu X ban hành": the act at `verb` is what the
    // clause submits, not done yet. Looks back within the clause, a few words.
    bool submitted_for(std::size_t verb) const {
        if (verb >= 1 && tokens_[verb - 1].text == "duoc") return false;  // "(đã) được phê duyệt": done
        for (std::size_t back = 1; back <= 8 && back <= verb; ++back) {
            const Token& t = tokens_[verb - back];
            if (t.kind == Token::Kind::mark) return false;
            if (t.text == "muu" && back + 1 <= verb && tokens_[verb - back - 1].text == "tham") return true;
            // "trình" as a verb, not the second syllable of "chương trình", "quy trình", "lộ trình".
            if (original_word(t) != "trình") continue;
            std::string_view before = verb - back >= 1 ? tokens_[verb - back - 1].text : std::string_view{};
            return before != "chuong" && before != "quy" && before != "lo" && before != "tien" && before != "cong";
        }
        return false;
    }

    std::string_view text_;
    const FoldedText& folded_;
    const std::vector<Token>& tokens_;
};

}  // namespace

std::vector<DeadlinePhrase> find_deadline_phrases(std::string_view text) {
    FoldedText folded = fold(text);
    std::vector<Token> tokens = tokenize_folded(folded.folded);
    PhraseParser parser(text, folded, tokens);
    std::vector<DeadlinePhrase> out;
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t end = i + 1;
        if (tokens[i].kind == Token::Kind::word) {
            auto found = parser.parse_at(i, end);
            if (!found.empty()) {
                for (auto& phrase : found) out.push_back(std::move(phrase));
                i = end;
                continue;
            }
        }
        i = i + 1;
    }
    return out;
}

}  // namespace vbtrack::deadlines
