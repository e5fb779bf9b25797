# A story written for this test: a verbal act in a participle set off by a
# comma ("..., accusing Poland of espionage") is done by the subject of the
# verb it hangs on; its pronoun object is that verb's object ("accusing it"
# = Israel). A participle of material conflict ("..., killing 20 civilians")
# is the outcome of the act before it, not a second event. Run by
# tests/stories.sh.
text: tests/stories/participle.txt
date: 2023-04-01
dictionaries: default

1 RUS POLGOV 161               # expelled two Polish diplomats
1 RUS POL 1125                 # "accusing Poland of espionage": Russia accuses
2 NIC ISR 161                  # broke off relations with Israel
2 NIC ISR 1124                 # "accusing it": it = Israel
3 RUSMIL UKR 194               # shelled Kharkiv; "killing 20 civilians" is its outcome
4 USAGOV CHN 020               # "urging China": Biden urges
