@title Minutes 12 March 2015
@font Helvetica
@fontsize 10
@header_first || Chairman: Cllr D Parton
@header
@footer Clerk: Pauline Corfield, 3 Mill Bank, Wenlow SY99 4ZZ   clerk@wenlowcumpettley-pc.org.uk || Page {page}
HC WENLOW-CUM-PETTLEY PARISH COUNCIL
P <b>Minutes of the Meeting of the Parish Council held on Thursday 12 March 2015, at Wenlow Millennium Hall starting at 7.30pm</b>
P <b>Formal Meeting</b>
P <b>Present:</b> Councillors: Derek Parton (Chair), Alan Cureton, Sue Brayford, Ian Vaughan-Hulme, Jean Ollerhead and Peter Gittins
P <b>Clerk:</b> Pauline Corfield
P <b>Shropshire Councillor:</b> Marion Heath
P <b>Members of the Public:</b> 8
P <b>19/15 Public Participation Period:</b> Mr Graham Tudge addressed the Council on agenda item 7a (application 15/00612/FUL). He lives opposite the site and was concerned about surface water running onto Chapel Lane, which already floods below the chapel. He asked the Council to object. Mrs Ann Lockley read a letter signed by six households in Chapel Lane who feared the lane could not take more traffic. Another resident wanted to know why the Council had backed houses at Brook Farm last year but might object now. The Clerk advised that each application had to be considered on its own merits.
P Vans parking across the footway by the shop on Mill Road were also raised; the Clerk suggested residents report each case to the police on 101.
P <b>20/15 Apologies for absence:</b> Neil Bebbington and Ruth Hanmer (accepted)
P <b>21/15 Minutes of the meeting held on 12 February 2015 to be approved and signed.</b> Approved and signed by the Chair.
P <b>22/15 Disclosable Pecuniary Interests:</b>
P a. The Chair reminded members to leave the room for any item in which they hold a Disclosable Pecuniary Interest, registered or not. Cllr Parton advised that he would leave the meeting for agenda item 7a due to the perception of bias, as the applicant is a relative.
P b. Dispensation requests: none received
P <b>23/15 Police Report:</b> PCSO Shaun Evason had sent apologies and a written report, which the Clerk read out. Two thefts of tools from vans in Pettley, one report of fly-tipping on Moss Lane and a number of calls about speeding on the Pettley road at school times. Cllr Gittins asked the Clerk to ask for the speed van to visit the Pettley crossroads.
P <b>24/15 Shropshire Councillor’s Report:</b> Shropshire Councillor Marion Heath reported that the budget had been set with a council tax rise of 1.9% and that the consultation on the mobile library route would close on 31 March. Cllr Cureton asked whether the Wenlow stop was under threat; Marion Heath said that it was not at present. She agreed to find out when the Moss Lane drains would be cleared.
P <b>25/15 Planning:</b>
P Cllr Parton left the meeting and Cllr Cureton, Vice Chair, took the chair.
P <b>a. Applications for consideration:</b>
P Reference: 15/00612/FUL (validated: 19/02/2015)<br/>Address: Land adjacent to The Paddocks, Chapel Lane, Wenlow<br/>Proposal: Erection of two detached dwellings with garages and formation of vehicular access
P Cllr Brayford said that the drainage report did not deal with the water already coming off the field. Cllr Vaughan-Hulme felt that two houses were in keeping with the lane but that the access was on a blind bend. Following discussion the Council resolved to object on the grounds of surface water drainage and highway safety. Clerk to respond to Shropshire Council.
P <b>b. Decisions Received:</b>
P Reference: 14/05177/HHE (validated: 11/12/2014)<br/>Address: 2 Church Cottages, Pettley<br/>Proposal: Erection of single storey rear extension<br/>Decision: Grant Permission
P Cllr Parton returned to the meeting and resumed the chair.
P <b>26/15 Finance:</b> The following payments were presented:
G Pauline Corfield – salary February (SO) | £246.60
G HMRC – PAYE | £61.60
G Wenlow Millennium Hall – room hire | £18.00
G G Tudge Landscapes – verge cutting (invoice 0312) | £140.00
P Approval of the payments was proposed by Cllr Ollerhead, seconded by Cllr Gittins and all agreed. The bank reconciliation to 28 February 2015 was noted.
P <b>27/15 Highways and Footpaths:</b> Cllr Vaughan-Hulme reported that the footpath sign at the end of Moss Lane had been knocked down again. Cllr Brayford reported potholes on the Pettley road by the bus shelter. Clerk to report both to Shropshire Council.
P <b>28/15 Village Hall Lease:</b> The draft lease had not been received from the Hall Trustees’ solicitor. Deferred to the April meeting.
P <b>29/15 Correspondence:</b> The correspondence list was received and noted.
P <b>30/15 Questions to the Chair:</b> Cllr Ollerhead asked the Chair whether the Council would take part in the Great British Spring Clean again. Cllr Parton replied that he would organise a pick on Saturday 28 March and asked members to bring bags.
P <b>31/15 Date of next meeting:</b> Thursday 9 April 2015 at 7.30pm in the Millennium Hall.
S 6
P The meeting closed at 9.12pm.
S 14
P Signed ………………………………………… (Chair)          Date ……………………………
