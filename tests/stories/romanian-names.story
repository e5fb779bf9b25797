# A story written for this test: one Romanian name written four ways, each
# meeting the dictionary entry DIANA_SOSOACA (people-europe.actors.txt) by its
# key, NFC and upper case (src/unicode.c): all capitals, decomposed (NFD: S +
# U+0326 comma below, a + U+0306 breve), mixed case composed, and with the
# cedilla letters (Ş ş, a synonym of their own). The bare surname comes before
# the full name, so no sentence borrows the code from an earlier full name.
# Run by tests/stories.sh.
text: tests/stories/romanian-names.txt
date: 2025-03-01
dictionaries: default

@1 ROUOPP ȘOȘOACĂ              # all capitals
1 ROUOPP MDA 1121              # ȘOȘOACĂ accused Moldova of fraud
@2 ROUOPP Șoșoacă              # NFD in the text; the span is the text's own bytes
2 ROUOPP HUN 051               # praised Hungary
@3 ROUOPP Șoșoacă              # ș (U+0219) meets Ș (U+0218)
3 ROUOPP UKR 111               # criticized Ukraine
@4 ROUOPP Şoşoacă              # the cedilla spelling
4 ROUOPP BGR 111               # criticized Bulgaria
5 ROUOPP HUNGOV 040            # the full name: met Hungarian officials (one way: the subject meets the object)
