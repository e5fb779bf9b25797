# A story written for this test: a participle's phrase describes the
# subject of the clause it opens or interrupts ("Terry Waite, missing in
# Beirut since January 20, had been kidnapped"; "Unveiling the budget to
# parliament, the minister said"); a date is no subject; speaking to or
# being hosted by the press is no consultation.
# Run by tests/stories.sh.
text: tests/stories/participle-subject.txt
date: 1987-03-23
dictionaries: default

1 LBN GBRRELGOV 181            # the subject past "missing in Beirut since January 20"
2 ISRCOP PSEREB 173           # the subject past "acting on a tip"
3 ZAFGOV ZAFLEG 010           # "Unveiling the budget to parliament, the ... minister said"
4 DEUGOV RUSGOV 040           # "met the Russian foreign minister" (and the criticism before, by the same subject)
4 DEUGOV RUS 111              # "After sharply criticizing Russia, Germany's chancellor"
5 -                           # an interview is no consultation
6 -                           # nor is being hosted by a broadcaster
7 -                           # a news conference in a place is no meeting with it
