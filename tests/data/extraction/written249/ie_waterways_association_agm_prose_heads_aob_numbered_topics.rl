@title CAWA AGM Minutes 2009
@font Helvetica
@fontsize 10.5
@footer CAWA AGM Minutes 2009 – Page {page}
HC CAWA AGM MINUTES 2009
P The 2009 AGM of the Corrabeg and Aille Waterways Association (CAWA) was held in the Lock Keeper's Hotel, Drumaclare on Saturday 25th April 2009 at 11am. 74 members and guests attended (See Appendix A for full list). Many apologies were also recorded from members unable to attend.
P The meeting was opened by President Fergal Ó Maoláin who thanked the Drumaclare branch for hosting the AGM. He then welcomed the guests and delegates, introduced the members of the executive who were present and proposed a minute's silence for deceased members and their families.
P The minutes of the AGM 2008 were proposed by Nuala Creaven, seconded by Liam Devaney and were adopted. There were no matters arising.
P There were three items for AOB;
P 1. Lock opening hours on the upper navigation – Kevin Mohan, CAWA Killyfad 2. Moorings at Ballyaille quay – Róisín Tully, CAWA Lough Aille 3. Youth boating scheme – Gerry Lavin, CAWA Drumaclare
H President's Address (See Appendix B for full address)
P Fergal Ó Maoláin then addressed the meeting, summarising the developments within the association during the past 12 months. He thanked the branch officers for their work on the Lough Aille rally and the clean-up weekends, and said that the association's submission on the restoration of the Killyfad section had been well received by the Navigation Authority.
H Honorary Treasurer's Report
P Honorary Treasurer Breda Keaveney presented the accounts for 2008, which showed a surplus of €3,214 and reserves of €18,950. She explained that insurance costs had risen by eleven per cent. The accounts were proposed by Pádraig Moloney, seconded by Nuala Creaven and were adopted.
H Subscriptions
P Following discussion, the meeting agreed that the family subscription be increased from €45 to €50 from 1st January 2010, with the individual rate unchanged.
H Election of Directors
P Two directors, Liam Devaney and Breda Keaveney, retired by rotation and were re-elected unopposed. Siobhán Garvey was elected to fill the vacancy left by the retirement of Tom Heneghan, who was thanked for nine years' service on the executive.
H Motions
P Motion 1 from the Killyfad branch "That CAWA seek a meeting with the Navigation Authority on the extension of lock hours in July and August" was proposed by Kevin Mohan and seconded by Gerry Lavin. The motion was carried unanimously.
H AOB
P 1. Lock opening hours on the upper navigation
P Kevin Mohan said the early closing of Locks 4 to 7 in the shoulder season was discouraging visiting boats. The President said this would be raised at the meeting sought under Motion 1.
P 2. Moorings at Ballyaille quay
P Róisín Tully reported that two of the public moorings at Ballyaille were unusable because of silt. Members agreed that the executive write to the Navigation Authority asking for dredging before the rally.
P 3. Youth boating scheme
P Gerry Lavin outlined the pilot youth boating scheme run with the Drumaclare sailing club last summer and asked branches to consider similar schemes. This was noted.
P The President thanked everyone for attending and closed the meeting at 1.20pm.
