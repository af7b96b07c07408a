@title Minute 04-10-14
@font Helvetica
@fontsize 10.5
@header Association of Norlanes Community Councils||Minute of meeting 4th October 2014
@footer Minute adopted at the ANCC meeting on 07-03-15||Page {page}
HC ASSOCIATION OF NORLANES COMMUNITY COUNCILS
C Minute of Meeting held on Saturday 4th October 2014 at 10.30am in the Council Chamber, Tinghouse, Brakka
S 4
P <b>Present:</b> Mr Magnus Hunter (Chairman, Lunnahaven CC); Mr Colin Tulloch (Sandvoe CC); Mr Bertie Jamieson (Hamarsgarth CC); Mrs Ina Williamson (Hamarsgarth CC); Mr Gary Halcrow (Sandvoe CC); Ms Dawn Rendall (Lunnahaven CC)
P <b>In Attendance:</b> Cllr Rhona Leask (Norlanes Islands Council); Mrs Freya Eunson (Community Involvement Officer, NIC); Mr Andrew Garriock (Roads Manager, NIC); Mrs Wilma Sutherland (Clerk)
S 4
H 1. Welcome
P The Chairman welcomed everyone to the meeting and thanked Lunnahaven CC for providing the teas.
H 2. Apologies
P Apologies were received from Gruting Ness CC; Vidlavoe CC and Mr Ross Laurenson, North Brakka CC Chairman.
H 3. Minute of Previous Meeting
P The minute of the previous meeting held on 5th April 2014 was adopted on the proposal of Mr Colin Tulloch; seconded by Mr Bertie Jamieson.
H 4. Matters Arising
H 4.1 Roads Update
P Mr Andrew Garriock offered to give the meeting an update on the winter programme.
P Mr Garriock said that each CC had been sent a list of the minor works planned for its area and asked CCs to return their priorities by the end of November. The gritting routes would be the same as last winter, but the Lunnahaven hill road would now be treated before the school bus runs.
P Mr Tulloch asked how much of the roads budget was still uncommitted. Mr Garriock said that almost all of it was allocated to maintenance and that new work would depend on the capital programme.
P Cllr Leask said that CC feedback was taken seriously when the capital programme was drawn up and urged every CC to respond.
P The Chairman thanked Mr Garriock for his input.
H 4.2 Update from Clerks' Meeting
P Mrs Freya Eunson said that the CC clerks had met on 13th September 2014. The meeting had been well attended and clerks had asked for a shared template for grant letters, which she would circulate.
H 4.3 Inter-island Ferry Fares
P Members discussed the increase in vehicle fares announced in August. Members agreed that a letter be sent to the Ferry Services Manager on behalf of the Association, asking for the increase to be phased over two years.
H 5. Community Council Grant Scheme
P Mrs Eunson presented the revised guidance for the community council grant scheme. The main change is that CCs will need to publish a list of the grants they have awarded each year.
P After discussion, members unanimously agreed to accept the revised guidance, with a request that the deadline for the annual list be moved from April to June.
H 6. Review of the Scheme of Establishment
P Cllr Leask explained that the Islands Council expects to consult on changes to the Scheme of Establishment early in 2015, including the number of members for each CC.
P Consideration was deferred until the consultation paper is received.
H 7. Broadband – North Isles
P Mr Bertie Jamieson reported that the new mast at Hamarsgarth was now working but that several households in the north of the island were still without a usable connection. Mrs Williamson added that the local school had been given priority.
H 8. Correspondence
P 8.1 NIC Budget Consultation 2015/16 – Noted.
P 8.2 Letter from Norlanes Arts Trust re touring exhibition – Noted.
H 9. Any Other Business
P Mr Halcrow raised the condition of the public toilets at Brakka pier, which had been closed for most of the summer. Mrs Eunson undertook to find out when they would reopen.
H 10. Date of Next Meeting
P Saturday 7th March 2015 at 10.30am in the Council Chamber, Tinghouse.
S 12
P Signed: ................................. Chairman     Date: ....................
