// Reading our iCalendar output back with libical's own parser, for the tests.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <libical/ical.h>

namespace vbtrack::test {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

inline Component parse_ical(const std::string& text) {
    Component calendar{icalparser_parse_string(text.c_str())};
    EXPECT_TRUE(calendar) << "libical could not parse:\n" << text;
    return calendar;
}

inline std::map<std::string, icalcomponent*> todos_by_summary(icalcomponent* calendar) {
    std::map<std::string, icalcomponent*> todos;
    for (auto* c = icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VTODO_COMPONENT))
        todos[icalcomponent_get_summary(c)] = c;
    return todos;
}

inline std::string property_text(icalcomponent* c, icalproperty_kind kind) {
    icalproperty* p = icalcomponent_get_first_property(c, kind);
    return p ? icalproperty_get_value_as_string(p) : "";
}

}  // namespace vbtrack::test
