@title Minutes October 2009
@font Times-Roman
@fontsize 11
@numcol 20
@footer - {page} -
HC LLANFECHAN TOWN COUNCIL
HC MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER ON MONDAY 26th OCTOBER, 2009 AT 7.00 P.M
G Present: | Cllr Mrs G.M. Pryce (Mayor)
G  | “ D.R. Bebb
G  | “ Mrs E.A. Corfield
G  | “ H. Hamer
G  | “ Mrs L. Kinsey
G  | “ O.T. Lloyd
G  | “ Mrs N. Mytton
G  | “ W. Parry
G  | “ Mrs S. Vaughan
G  | Town Clerk
S 6
P The meeting opened with Prayers
R 334/01 | <b>APOLOGIES</b> Apologies were received from Cllrs J. Tudor and Mrs M. Rees.
R 334/02 | <b>DECLARATION OF INTEREST</b> Forms to record declaration of interest were circulated and filed with these minutes. Cllr Lloyd declared a personal interest in item 334/09 as a member of the Bowling Club.
R 334/03 | <b>MINUTES</b> The following minutes were read and confirmed:- Council Meeting held on 28.09.09. 333/05 It was agreed to write again to the owners of the Old Market Hall. Minutes were unanimously confirmed as being a True Record. Town Hall/Finance Panel Meeting held on 13.10.09. The following recommendations were taken: i) Christmas lights – it was agreed that the contract be renewed with Severn Electrical at a cost of £1,480. ii) Hall hire charges – it was agreed to hold the charges at the present level for 2010. Minutes were unanimously confirmed as being a True Record.
R 334/04 | <b>PLANNING APPLICATIONS</b> – minutes of the planning meeting were received and agreed upon. Cllr Hamer reported that the appeal for the wind turbine at Cefn Coch had been dismissed.
R 334/05 | <b>TO DISCUSS RECENT DAMAGE TO OLD MARKET HALL</b> The Clerk reported that the owners had replied and that scaffolding would be erected within two weeks. Cllr Mrs Corfield was concerned that the building had been left unsafe for over a month and asked that Powys County Council be informed. It was agreed that the Clerk write to the Building Control section of Powys County Council.
R 334/06 | <b>REMEMBRANCE SUNDAY ARRANGEMENTS</b> The Mayor reported that the parade would leave the Town Hall at 10.30 a.m. Councillors were asked to assemble at 10.15 a.m. Cllr Parry would lay the wreath on behalf of the Council at the Llanwnog memorial.
R 334/07 | <b>LETTER FROM MONTGOMERYSHIRE RURAL TRANSPORT REQUESTING A DONATION</b> Cllr Bebb proposed that £250 be given, seconded by Cllr Mrs Kinsey. Cllr Mytton proposed an amendment that £150 be given. The amendment was lost. It was agreed that £250 be donated. 9 Councillors in favour, 1 against.
R 334/08 | <b>LETTER FROM WALES AUDIT OFFICE</b> Received
R 334/09 | <b>BOWLING CLUB – REQUEST TO EXTEND LEASE</b> Cllr Lloyd left the Chamber. Cllr Vaughan explained that the Club needed a lease of 25 years in order to apply for a grant for a new pavilion. It was agreed that the Clerk seek advice from the Council’s solicitor and report to the next meeting. Cllr Lloyd returned.
R 334/10 | <b>CORRESPONDENCE</b> i) One Voice Wales – Area Committee minutes. Noted. ii) Powys County Council – consultation on library opening hours. It was agreed to respond that the present hours be retained.
R 334/11 | <b>MAYOR’S ENGAGEMENTS</b> The Mayor had attended the Newtown Civic Service, the Llanfechan Show dinner and the opening of the new surgery.
R 334/12 | <b>ACCOUNTS FOR PAYMENT</b> The accounts for payment amounting to £3,912.44 were approved on the proposal of Cllr Hamer, seconded by Cllr Parry.
P There being no further business the meeting closed at 9.05 p.m.
