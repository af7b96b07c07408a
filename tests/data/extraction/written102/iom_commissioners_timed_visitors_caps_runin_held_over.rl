@title Board Meeting 22.10.08
@font Times-Roman
@fontsize 12
@numcol 14
@header Ballacorrin Parish Commissioners||Board Meeting 22.10.08
@footer Chairman's initials ..............||Page {page} of 2
HC BALLACORRIN PARISH COMMISSIONERS
C Monthly Board Meeting. Held at 7.15pm Wednesday 22nd October 2008 at the Ballacorrin Institute.
S 4
P <b>Present:</b> Mrs E Kerruish (Chair), Mr D Quilliam (Vice Chair), Mr T Callow, Mr R Skillicorn, Ms A Teare. <b>Apologies:</b> Mr P Kinvig. <b>In attendance:</b> Mrs H Corkill (Clerk); two members of the public.
S 4
R 7.15 | <b>Bonfire Night</b>
R | The chairman and secretary of the Ballacorrin Young Farmers came to talk about the bonfire and fireworks on the playing field on Wednesday 5th November. It was agreed that the Commissioners would again meet the cost of the public liability cover, up to £180, and that the Clerk would ask the grass contractor to rope off the spectator area. The Young Farmers were thanked for their attendance and left the meeting.
R 7.35 | <b>Mr Howard Kneen MHK</b>
R | The Commissioners welcomed Mr Kneen to the meeting. He spoke about the Department of Infrastructure's consultation on the adoption of private estate roads and about the proposed review of the rating system, which he expected to reach Tynwald in the spring. Ms Teare asked whether the Glen Road footway would be in next year's programme; Mr Kneen undertook to find out and write to the Clerk. Mr Kneen left at 8.05 with the Commissioners' thanks.
S 4
P Mrs Kerruish had to leave at 8.10; Mr Quilliam took the chair.
P <b>1. MINUTES:</b> The Commissioners accepted the Minutes of the Meeting of Wednesday 24th September 2008 as correct on the proposal of Mr Callow, seconded by Mr Skillicorn, and the Vice Chairman signed them.
P <b>2. MATTERS ARISING</b> - not covered by the agenda
P a) Best Kept Village – Mr Quilliam reported that the certificate and the roadside sign had been presented at the Institute coffee morning, and that the judges' comments would be circulated.
P b) Glen Road railings – held over to November, as the Chair had asked to lead on this.
P c) Playing field drainage – only two quotes had been received. It was agreed that the Clerk obtain a third quote before the November meeting.
P <b>3. PLANNING:</b>
P a) 08/01377/B – Erection of a detached garage, Ballavarry Cottage, Ballacorrin Road. No objection.
P b) 08/01402/A – Approval in principle for two dwellings, field 312466, Cronk Road. Mr Skillicorn proposed that the Commissioners object on the grounds of the narrow access and the lack of mains drainage, seconded by Mr Callow; carried 3 votes to 1.
P c) 08/01419/B – Replacement windows and front door, 4 Mill Terrace. Supported.
P <b>4. FINANCE:</b> The Clerk presented the statement of accounts to 30th September 2008 and the list of payments for October totalling £2,318.40. The payments were approved on the proposal of Mr Quilliam, seconded by Ms Teare.
P <b>5. RATES 2009/10:</b> Mr Skillicorn proposed that the rate be held at 41p in the pound for a further year. Mr Callow proposed an amendment that the rate be raised to 44p to rebuild the reserve for the Institute roof, seconded by Ms Teare; the amendment was lost, 2 votes to 3. The original proposal, seconded by Mr Quilliam, was then carried 4 votes to 1.
P <b>6. CORRESPONDENCE:</b> The following were received and noted: Isle of Man Municipal Association, notice of the annual general meeting; DOI Highways, winter gritting routes for 2008/09; a letter of thanks from residents of Glenview for the cutting back of the hedge at the school path.
P <b>7. ANY OTHER BUSINESS:</b> Ms Teare reported fly-tipping in the Cronk Road lay-by; the Clerk will report it to DOI. Mr Callow asked that the Christmas tree lights be tested before 1st December.
P <b>8. DATE OF NEXT MEETING:</b> Wednesday 26th November 2008 at 7.15pm.
P The meeting closed at 9.02pm.
S 16
P Signed ........................................ Chair &nbsp;&nbsp;&nbsp;&nbsp; Date ............................
