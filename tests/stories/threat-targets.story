# A story written for this test: a warning or threat by a state's side
# that its own state will act is aimed at the other party ("warned that
# Tehran would respond to any Israeli attack": Israel), not at its own
# capital. Run by tests/stories.sh.
text: tests/stories/threat-targets.txt
date: 2012-08-01
dictionaries: default

1 IRNGOV ISR 130               # not Tehran
2 USAGOV SYR 130               # not Washington
