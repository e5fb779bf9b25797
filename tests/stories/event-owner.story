# A story written for this test: an act named by an event noun with a named
# owner ("Israeli airstrikes", "Pakistani military offensives") may be the
# default source of a verb: the owner acts through it. An act with no named
# owner ("the military action") is nobody. Run by tests/stories.sh.
text: tests/stories/event-owner.txt
date: 2020-03-01
dictionaries: default

1 ISR PSECVL 195               # Israeli airstrikes killed Palestinians: Israel, with an air strike (the pattern's code); 20 Palestinians are its people (CVL)
2 PAKMIL AFGREB 190            # the offensives killed Taliban fighters (the Taliban coded as Afghan rebels)
3 -                            # "the military action" names no owner
4 GBR RUSMED 111               # condemned the arrest (the target is the journalist, as the verb's pattern takes it)
4 TURCOP RUSMED 173            # a reaction takes the act as given: the arrest by Turkish police happened
5 RUS UKR 112                  # "accused Y of strikes": alleged, no strike coded
