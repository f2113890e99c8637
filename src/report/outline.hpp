#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace chainrisk::report {

// A document of headings, lines and bullets, rendered as plain text (terminal-safe). The
// Markdown of the lookups has writers of its own (profile_markdown.hpp), built on tables.
class Outline {
 public:
  virtual ~Outline() = default;
  virtual void title(std::string_view text) = 0;
  virtual void heading(std::string_view text) = 0;
  virtual void line(std::string_view text) = 0;
  virtual void bullet(std::string_view text) = 0;
  // A line set apart from a list before it (Markdown would fold it into the last item).
  virtual void paragraph(std::string_view text) = 0;
  // Escape data (names from datasets) for this format; the fixed wording is not escaped.
  virtual std::string data(std::string_view text) const = 0;
};

std::unique_ptr<Outline> plain_outline(std::ostream& out);

}  // namespace chainrisk::report
