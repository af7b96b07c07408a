@title Parish Council Meeting 17th March 2008 (Draft)
@font Helvetica
@fontsize 10.5
@footer Over Hagley Parish Council – Minutes March 2008||Page {page}
HC Parish of Over Hagley, Nether Hagley, Windle, Brackenlow and Coldwell
S 4
HC Parish Council Meeting - Monday the 17th March 2008 (Draft)
C Held in the Institute, Windle
S 6
H Minutes of the Meeting
H 1. Attendance and apologies
P Councillors present: Cllr Ruth Garside (Chair), Cllr Simon Beardsley, Cllr Helen Clegg, Cllr Tom Yarrow, Cllr Anita Fox and Lynne Marsden (Clerk)
P Cllr Graham Ibbotson, WDDC
P Apologies: Cllr Mark Dunstan (holiday), County Cllr Joan Swindells
H 2. Chair's remarks
P RG opened the meeting and told members that Mr Len Ashby, who had kept the parish verges and drains clear for 22 years, retired at the end of February. It was agreed that a card and a gift token of £50 be sent on behalf of the Council. Action: LM
H 3. The minutes of 21st January 2008 were read, approved and signed.
H 4. Open forum for parishioners
P Two Coldwell residents were present for item 6b.
H 5. Urgent business
P <b>a. Flooding at Brook Lane</b> GI said that the District Council had left 40 sandbags in the store at Windle and that the drainage engineers would look at the culvert under the lane before Easter. HC asked that the Council press for the grille to be cleared every month over the winter. Action: LM
P <b>b. Village hall boiler</b> – The hall committee wanted to know whether the Council would lend £400 for an emergency repair. Discussed and agreed to make a grant of £250 rather than a loan, to be ratified at the May meeting. Action: LM
H 6. Roads/ Paths
P <b>a. School Lane</b> – Motorbikes are again using the green lane above the school as a short cut. Agreed to ask the landowner, Mr Colin Bagshaw, for permission for the County Council to fit a locked vehicle barrier. Action: LM
P <b>b. Coldwell footpath 7</b> – The residents said the stile at Coldwell Bottom had fallen in and walkers were climbing the wall. AF offered to photograph the stile and send the details to the county rights of way officer. Action: AF
P County Cllr Swindells had earlier promised to chase the replacement gate. Action: JS
P <b>c. Gritting</b> SB reported that the grit bin at the Nether Hagley crossroads had been empty since January. Clerk to ask for a refill. Action: LM
H 7. Planning
P <b>a. WDD/0208/0114</b> Extension to Brook House, Brook Lane. No objections.
P <b>b. WDD/0208/0131</b> Conversion of barn to holiday let, Top Farm, Windle. TY declared an interest and left the meeting. Councillors supported the application provided occupancy is limited to holiday use. Proposed SB, seconded AF.
H 8. Finance
P <b>a. Payments</b> – These payments were approved: Clerk's salary Jan–Mar £210.00; Windle Institute hire £36.00; R Kettlewell (grass cutting) £95.00. Proposed HC, seconded TY.
P <b>b. Precept 2008/09</b> – The Clerk confirmed that the District Council had accepted the precept of £3,600. Noted.
P <b>c. Audit</b> – Mrs P Haigh will again act as internal auditor. LM to send the books in April.
H 9. Correspondence
P Rural Action Network newsletter; County Council consultation on library opening hours (responses by 30 April); thank-you letter from Coldwell Chapel for the roof donation.
H 10. Date of next meeting
P Monday 19th May 2008 at 7.30pm (Annual Parish Meeting at 7.00pm), the Institute, Windle.
S 10
P Meeting closed 9.10pm
S 16
P Signed ........................................ (Chair)     Date ..................
