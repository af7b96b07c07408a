@title Fennick Vale Choir AGM 23 February 1999
@font Times-Roman
@fontsize 12
@footer Fennick Vale Choir - AGM 23.2.99||Page {page}
HC FENNICK VALE CHOIR
HC Annual General Meeting at Fennick Vale Village Hall on Tuesday 23rd February 1999 at 7.15 pm
S 6
G Chairman | Pauline Ormerod
P There were 38 members present. Apologies were received from:<br/>Brenda Aspinall, Kenneth Aspinall, Doreen Falshaw, Glenys Hargate, Muriel Oddie, Barbara Sutcliffe, Walter Thewlis, Joan Wragg.
H Minutes of the AGM held on 24th February 1998
P The previously circulated minutes were confirmed and signed.<br/>Proposed by Irene Lockwood, Seconded by Dorothy Kitson.
H Matters Arising
P The Chairman reported that the Christmas concert in the Methodist church had raised £412 for the hospice, and that the request for a second carol evening would be considered by the music committee.
H Chairman's Report
P The report had been circulated previously and was accepted.<br/>Proposed by Marjorie Haigh, Seconded by Alan Whitworth.
H Treasurer's Report
P The Treasurer, Geoffrey Ibbotson, presented the accounts for 1998. He pointed out that the hire of the hall had risen by £3 a week from September and that the music library had spent £286 on new copies of the Fauré Requiem. The sum of £150 left over from the Sandholme trip had been transferred into the General Fund.<br/>The accounts were accepted proposed by Sheila Broadbent, seconded by Irene Lockwood.<br/>The Chairman thanked the Treasurer for his work.
H Election of Officers
P The Vice-chairman, Margaret Dyson, took the chair for the election of Chairman.<br/>The Chairman stated that Alan Whitworth was standing down from the Committee and thanked him for his help with the concert posters.
TH Office | | Proposed by: | Seconded by:
T Chairman | Pauline Ormerod | Sheila Broadbent | Marjorie Haigh
T Secretary | Jean Thackray | Dorothy Kitson | Irene Lockwood
T Treasurer | Geoffrey Ibbotson | Marjorie Haigh | Sheila Broadbent
P All officers were elected unopposed.
H Subscriptions
P The Committee proposed that the annual subscription be raised from £30 to £36 from September. After discussion a vote was taken: 29 for, 6 against. The proposal was carried.
H Choir Dress
P Proposed by Doreen Haley, Seconded by Eric Tolson, that the ladies' long black skirts be replaced by black trousers. Margaret Dyson said that the skirts had been bought only two years ago. On a show of hands the motion was lost, 14 for and 21 against.
H Concert Programme 1999-2000
P The Musical Director, Christopher Venn, outlined the programme: the Fauré Requiem in May, a joint concert with the Holmbrook Singers in October and the carol concert in December. The programme was noted.
H Any Other Business
P Walter Quarmby asked whether the choir could buy its own music stands. The matter was deferred to the next committee meeting, when prices would be available.
H Date of next AGM
P Tuesday 22nd February 2000 at 7.15 pm in the Village Hall.
S 16
P Signed ………………………………… Chairman      Date ……………………
