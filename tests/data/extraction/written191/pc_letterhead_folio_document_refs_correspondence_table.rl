@title Ambrook and Tetherley Parish Council minutes 15 January 2018
@header ||{page}
@pageoffset 1411
@fontsize 10
HC AMBROOK &amp; TETHERLEY PARISH COUNCIL
C Clerk to the Council: H. Venning c/o Parish Council office, Reading Room, The Square, Ambrook<br/>Tel no. 01632 960418 (answerphone) E-mail clerk@ambrooktetherley-pc.org.uk
S 6
H MINUTES OF THE PARISH COUNCIL MEETING HELD ON MONDAY 15th January 2018 in Ambrook Memorial Hall
P PRESENT: Carol Blandy (Chairman), Helen Venning (Clerk), Peter Arkell, Nigel Crook, Jean Dunsford, Mark Ellery, Alison Froud, Tom Garlick and Rita Hollis. 3 members of the public
P <b>1. APOLOGIES FOR ABSENCE and DISCLOSURES OF INTEREST:</b> Sam Ilsley and Graham Jupe sent apologies. Disclosures: Tom Garlick (item 5, neighbour of Wharf Cottage) and Rita Hollis (item 8, committee member of the pre-school).
P <b>2. MINUTES OF THE MEETING HELD ON 11th December 2017 (document PC 11/12/17/01):</b> One spelling correction on page 1406 (Tetherley Lane) was made at the Chairman's request and the minutes were then approved as a true record.
P Proposed by P. Arkell and seconded by J. Dunsford. All in favour.
P <b>3. NEW CORRESPONDENCE FOR DISCUSSION (document PC 15/01/18/02):</b> Members considered the items on the circulated list that needed a reply.
TH Ref | Date | From | Subject | comment/action
T A2511 | 14/12/17 | Mrs D Pocock | Letter of thanks for footpath clearance at Coldharbour | Noted
T A2514 | 19/12/17 | Unitary Council | Review of polling districts | F/wd to Councillors
T A2520 | 3/1/18 | Ambrook School | Use of the recreation ground for sports day on 22 June | Agreed – no charge
T A2523 | 8/1/18 | Tetherley Residents' Group | Request for a litter bin at the bus stop | Clerk to obtain prices
P <b>4. FINANCE (document PC 15/01/18/03):</b> Precept 2018/19. The Finance Committee recommended a precept of £38,500, an increase of 2.4%, to cover the play area replacement fund. Nigel Crook proposed £38,500, seconded by Alison Froud. 6 in favour, 2 against. The precept was set at £38,500 and the Clerk will submit the demand by 31st January.
P Payments listed in the document were approved. Proposed by M. Ellery and seconded by R. Hollis. All in favour.
P <b>5. PLANNING (document PC 15/01/18/04):</b> Tom Garlick left the room for the first application.
TH Application | Address | Proposal | PC comment
T 17/11873/FUL | Wharf Cottage, Mill Lane | Two storey rear extension | No objection
T 17/12040/LBC | 3 The Square | Replacement sash windows | Support
T 18/00112/FUL | Land at Cowleaze Farm | Agricultural building | Object – scale and siting in the AONB
P The comments in the table were agreed by all members present. Tom Garlick returned.
P <b>6. HIGHWAYS AND FOOTPATHS:</b> Jean Dunsford reported that the culvert under the lane at Tetherley Bottom had flooded twice since Christmas. It was agreed to ask the Highways Steward to inspect the culvert on his next visit. Mark Ellery reported that the stile on footpath AMB/7 had been replaced by the landowner.
P <b>7. REPRESENTATIVES' REPORTS:</b> Village Hall – Jean Dunsford reported that the new boiler had been fitted under budget. Recreation Ground – Peter Arkell reported that the annual inspection was due in March and that the tennis court gate needed a new latch.
P <b>8. COMMUNITY GRANTS:</b> An application for £600 had been received from Ambrook Pre-school towards outdoor play equipment. Rita Hollis left the room. Members approved a grant of £400 from the community grants budget. Rita Hollis returned.
P <b>9. ITEMS FOR THE NEXT AGENDA:</b> Mark Ellery asked for the Tetherley bus shelter repairs; Alison Froud asked for the Annual Parish Meeting arrangements.
P <b>10. DATE OF NEXT MEETING:</b> Monday 19th February 2018 at 7.30pm in Ambrook Memorial Hall.
P The meeting closed at 9.18pm.
S 16
P Signed ……………………………………… (Chairman)          Date ………………………
