@title Stowbeck Flood Committee minutes 8 Feb 2017
@font Helvetica
@fontsize 10.5
@numcol 12
@header ||Page {page}.
@footer Stowbeck FC minutes 08.02.17 ~ DRAFT until approved at next meeting
C Minutes of
HC Stowbeck Flood Committee Meeting
C held on
HC Wednesday 8th February 2017
C 7.00pm at ‘Brookside’
S 6
P Present: Roles are set out in the Terms of Reference ~ see the end of these minutes.
P Colin Ashworth (CA)<br/>Helen Brierley (HB)<br/>Derek Foulds (DF)<br/>Pauline Foulds (PF)<br/>Ian Maskell (IM)<br/>Sandra Nuttall (SN)<br/>Trevor Rigg (TR) [Co-opted as an FC member – see 1.4 below]
P <b>Chairman:</b> Ian Maskell took the chair.
P <b>Apologies:</b> SN   <b>Resignation:</b> Keith Oldroyd (KO) from the Flood Warden Team.
H 1.  Opening, Apologies &amp; Membership
R 1.1 | IM welcomed everyone and noted the above resignation. Members asked that their thanks to Keith for six winters as warden for Mill Row be recorded.
R 1.2 | Replacement warden for Mill Row. See 4.2. IM to raise the vacancy at the March Parish Council meeting and in the Stowbeck Star.
R 1.3 | Update on the Environment Agency contact ~ the area flood resilience officer has changed again and the new officer, Ms Okafor, has not yet been introduced to the committee. CA said he had left two messages. See 6.2.
R 1.4 | Motion for Trevor Rigg to be co-opted as an FC member. Proposed by IM 2nd by HB carried unanimously.
H 2.  Minutes of Meeting of 9th Nov 2016
P DF said that under item 5 ‘sand bags to be stored at the chapel’ should read ‘sand bags to be stored at the chapel garage’, as the chapel itself is not always unlocked. With that correction the Minutes of the last meeting were accepted as a true record.
H 3.  Committee Remit (ToR)
P Actions carried forward:
R 3.1 | ToR: HB – Action completed (post meeting). The revised ToR are attached at the end of this document.
P IM said that the ToR still did not say who could call out the warden team at night. HB said the Parish Council’s emergency plan gave this to the Chairman of the FC or, if he could not be reached, to any two wardens. It was agreed that this wording be added to section B of the ToR and that HB circulate the amended version.
H 4.  Flood Warden Team
R 4.1 | PF reported that nine wardens had now completed the on-line flood warden course. Certificates have been passed to the Parish Clerk for the file.
R 4.2 | Mill Row has no warden following KO’s resignation (see 1.1). TR offered to cover Mill Row until a resident is found; this was welcomed.
H 5.  Equipment Store
P CA reported that the store at the chapel garage had been checked on 28th January. The two pumps had been run for ten minutes each; one needed a new starter cord (£12). 60 sandbags are filled and 200 empty bags are held. The high visibility jackets are all present but four torches need new batteries. CA to buy batteries and the cord and claim from the Parish Council.
H 6.  Funding
R 6.1 | PF said that the bid to the County’s community resilience fund for a second pump and 12 flood gates had been approved in full (£2,340). The money will be paid to the Parish Council as the accountable body.
R 6.2 | Signs for the ford: DF asked whether the EA would pay for depth gauge boards at the ford as well as the warning signs. CA will ask the new EA officer when contact is made.
H 7.  AOB
P TR asked whether residents on the lower part of Beck Lane could be added to the telephone cascade even though they are outside the mapped flood zone. Agreed, subject to each resident’s consent.
H 8.  Date of Next Meeting
P Wednesday 10th May 2017, 7.00pm at ‘Brookside’. Meeting closed 8.50pm.
S 12
HC Stowbeck Flood Committee – Terms of Reference (revised February 2017)
P <b>A  Purpose</b><br/>To reduce the risk to life and property in Stowbeck from flooding from the Stow Beck and from surface water, working with the Parish Council, the Environment Agency and the County Council.
P <b>B  Responsibilities</b><br/>1  To map where and how the parish floods and to keep each risk as small as can reasonably be managed.<br/>2  To recruit, train and support a team of volunteer flood wardens.<br/>3  To maintain the equipment store and keep an inventory.<br/>4  To keep the Parish Council informed through a report at each Parish Council meeting.
P <b>C  Members</b><br/>Chairman – Ian Maskell; Secretary – Helen Brierley; Equipment – Colin Ashworth; Wardens co-ordinator – Pauline Foulds; Derek Foulds, Sandra Nuttall, Trevor Rigg.
