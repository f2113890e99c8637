#pragma once

#include <string>
#include <string_view>

namespace chainrisk::entity {

// Map what text::fold leaves alone to what it understands, before folding a company name:
// full-width ASCII forms (Ｇ＆Ｇ, （ ）) to ASCII, Latin letters beyond Latin Extended-A
// (pinyin tone marks ǎ ǐ ǒ ǔ ǜ, Vietnamese ơ ư ạ ế, Romanian ș ț, Azerbaijani ə) to their
// base letters, and Cyrillic and Greek capitals to lowercase. Everything else is copied;
// invalid UTF-8 becomes U+FFFD as text::fold would make it.
std::string transliterate(std::string_view s);

}  // namespace chainrisk::entity
