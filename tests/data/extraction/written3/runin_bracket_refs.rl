@title Minutes 12 December 2019
@font Times-Roman
@fontsize 11.5
@numcol 11
@header DRAFT MINUTES SUBJECT TO CONFIRMATION AT NEXT COUNCIL MEETING
@footer {page}
HC ILLINGTON CARR &amp; FENDLE PARISH COUNCIL
P Minutes of a Meeting of Illington Carr &amp; Fendle Parish Council held on Thursday, 12 December 2019 at 7.30 p.m. in the Fendle and Illington Memorial Hall, Back Lane, Fendle.
G Present | Councillors Maurice Greengrass (Chairman), Anthea Colquhoun, Stephen Dewsbury, Keith Fairclough, Lorna Pettit, Oliver Rainbird. Nigel Ashwell (Clerk)
S 6
R 1 | <b>Apologies for absence.</b> It was resolved to accept the reason for absence offered by Councillor Trett.
R 2 | <b>Declarations of interest.</b> Councillor Rainbird declared a pecuniary interest in item 8.2 as the applicant's neighbour.
R 3 | <b>Dispensations.</b> None.
R 4 | <b>Public participation session.</b> District Councillor Gwen Hethersett said that the District Council's budget proposed a Council Tax rise of £4.95 for a Band D property. She reported that the Planning Inspector had asked for further changes to the Local Plan policy on development in villages without a settlement boundary, and that a further consultation would run through January. A resident asked about the street light on Back Lane, which had been out since October.
R 5 | <b>Minutes.</b> The minutes of the meeting held on Thursday, 14 November 2019 were confirmed and signed.
R 6 | <b>Matters arising.</b>
R 6.1 | <b>[5.3] Street light, Back Lane.</b> The Clerk said that the fault had been reported to the maintenance contractor twice and that a repair was promised before Christmas. Councillor Colquhoun asked the Clerk to press for a date. Noted.
R 6.2 | <b>[7.1] Grit bin, Fendle Hill.</b> The County Council has refilled the bin. Councillor Dewsbury reported that a second bin was needed at the junction with Mill Road. It was agreed that the Clerk should ask for one.
R 6.3 | <b>[9] Parish Partnership bid.</b> The Clerk reported that the County Council had approved the bid for a vehicle-activated sign, with the Parish Council's contribution of £1,650 to be paid in 2020/21.
R 7 | <b>Finance.</b>
R 7.1 | <b>Accounts for payment.</b> It was resolved to pay the following: Clerk's salary and expenses (December) £286.44; HMRC PAYE £71.20; Memorial Hall hire £30.00; Fendle Tree Services (churchyard lime) £480.00.
R 7.2 | <b>Precept 2020/21.</b> The Clerk presented the budget. Councillor Fairclough proposed a precept of £9,400, seconded by Councillor Pettit. Councillor Rainbird proposed an amendment that the precept be held at £8,900; the amendment was defeated by four votes to two. The precept of £9,400 was then resolved.
R 8 | <b>Planning.</b>
R 8.1 | <b>3PL/2019/1388/F, Holly Barn, Mill Road.</b> Conversion of barn to one dwelling. The Council supports this application.
R 8.2 | <b>3PL/2019/1402/H, 4 Church Close.</b> Two storey rear extension. Councillor Rainbird left the meeting. Councillor Greengrass said that the extension would be visible from the churchyard. The Council objects to this application on the grounds of its scale. Councillor Rainbird returned.
R 9 | <b>Correspondence.</b> Letters from the Fendle Heath Society and from the Police Commissioner's office were circulated and noted.
R 10 | <b>Date of next meeting.</b> Thursday, 16 January 2020 at 7.30 p.m.
S 8
P The meeting closed at 9.12 p.m.
S 20
P Chairman ........................................................... Date ...............................
