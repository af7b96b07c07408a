@title Minutes 13 October 2016
@font Helvetica
@fontsize 10.5
@header Thurlham & Capel Brook Parish Council
@footer Minutes 13th October 2016 – page {page}
HC Minutes of a meeting of Thurlham and Capel Brook Parish Council held at the Reading Room, Capel Brook at 7.30pm on Thursday 13th October 2016
S 6
P <b>Councillors:</b> Rosemary Aldous (chair), Peter Garrod, Neil Cattermole, Sally Kerridge, Thomas Ling, Ruth Pettit and Graham Spalding
P <b>District Councillors:</b> Derek Chilvers and Ann Southgate
P <b>Parish Clerk:</b> Helen Brundish.
P <b>Members of the Public:</b> 11 residents attended.
S 4
H 1. Apologies for Absence -
P Apologies for absence had been received from Cllr Michael Gosling and County Councillor Brian Catchpole.
H 2. Minutes of the meeting held Thursday 8th September
P The minutes, already sent to all councillors, were proposed by Peter Garrod and seconded by Ruth Pettit and were duly signed by Rosemary Aldous.
H 3. Declarations of Interest on items on the Agenda -
P Thomas Ling recorded an interest in the book for planning application B/16/01188.
H 4. Matters Arising from the Minutes –
P Village gateway – the quotation for two timber gateway signs on the Capel road has been received; Graham Spalding will check the wording before the order is placed.
P Mill Street application – Neil Cattermole and Sally Kerridge met the case officer, Joanne Fairweather, at the district offices on 30th September. Because of the number of objections she expects the 9-house scheme to be decided by councillors rather than by officers. District Councillor Derek Chilvers stated that he would ask for it to be referred to the district's Planning Committee, but that referrals are screened by that committee's Chairman and Vice-Chairman first.
H 5. Planning – Applications
P B/16/01188 – Land adj. 14 Mill Street – erection of 9 dwellings with access road. Thomas Ling left the room. The residents present were invited to speak and several raised the narrowness of Mill Street, the school traffic and flooding at the ford. After discussion Sally Kerridge proposed that the council objects on grounds of highway safety, flood risk and the scale of the development in a hamlet setting; seconded by Graham Spalding. Carried, 5 in favour and 1 abstention. Thomas Ling returned.
P B/16/01230 – Brook House, The Street – single storey conservatory. Council supports.
P B/16/01277/TCA – Holly Cottage, Rectory Lane – fell one leylandii. No comment.
H 6. Planning Decisions received
P B/16/00912 Wheelwrights, The Street – granted; B/16/00967 Capel Hall Farm – granted with conditions; B/16/01004 1 Council Houses – refused. These were noted.
H 7. Site meeting – Brook Farm barns
P Peter Garrod reported on the site meeting held on Saturday 1st October with the owner and his agent about the proposed conversion of the two barns at Brook Farm (pre-application). The council will consider the application when it is received.
H 8. Enforcement –
P Ruth Pettit raised the mobile home that has been placed in the paddock behind Brook Farm Cottages. The clerk will report it to the district council's enforcement team.
H 9. Licensing –
P The clerk reported an application for a premises licence for The Swan, Capel Brook, to extend the hours for recorded music to 11.30pm on Fridays and Saturdays. Ann Southgate explained that representations had to be made by 28th October. It was resolved that no representation be made but that the clerk asks the licensee to keep doors and windows closed after 10pm.
H 10. Finance –
P The payments on the list (clerk's salary, village hall hire, grass cutting) were proposed by Graham Spalding and seconded by Neil Cattermole and all agreed.
H 11. Correspondence –
P The following correspondence was received and noted: Orwell District Council – Joint Local Plan consultation; the Brook Valley Society newsletter; a letter of thanks from the Playgroup.
H 12. Date of next meeting –
P Thursday 10th November 2016 at 7.30pm in the Reading Room.
S 10
P The meeting closed at 9.10pm.
S 14
P Signed …………………………………… Chair        Date ……………………
