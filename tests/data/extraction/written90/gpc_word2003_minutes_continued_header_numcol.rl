@title Minutes 1 February 2006
@font Times-Roman
@fontsize 11.5
@numcol 20
@header_first DRAFT
@header Wynford Abbas and Hinton Stour GPC – Minutes continued – 1st February 2006
@footer {page}
HC MINUTES OF THE MEETING OF WYNFORD ABBAS AND HINTON STOUR GROUP PARISH COUNCIL 1st FEBRUARY 2006 HELD AT THE VILLAGE HALL
S 4
P Present: In attendance – Cllr. Rideout, (Chair), Cllr. Parker, Marsh, Cllr. Gulliver, Cllr. Hames, Cllr. Tizzard, Mrs. Coombs (Clerk).
P Mrs. E. Fennimore (District Councillor)
P Members of the Public 3
R 2005.93 | <b>APOLOGIES</b>
P Cllr. Sturmey, Dibben.
R 2005.94 | <b>MINUTES OF THE LAST MEETING</b>
P Minutes of the Meeting of 7th December 2005 read and approved.
R 2005.95 | <b>MATTERS ARISING</b>
P The Clerk reported that the replacement bench for the Hinton Stour bus stop had been delivered and would be installed when the ground was dry enough. No other matters arising.
R 2005.96 | <b>DECLARATIONS OF INTEREST</b>
P Members were asked to re-read the agenda for this meeting and to make any declarable interests known. Cllr. Gulliver advised he would have to declare an interest if the Common was discussed. All would have an interest in road matters.
R 2005.97 | <b>CO-OPTION</b>
P Mr. Peter Hayter was co-opted to the Council for the Hinton Stour Ward after presenting his background to the meeting. Cllr. Rideout proposed co-option, seconded Cllr. Marsh, all in favour. Mr. Hayter signed his declaration of acceptance of office and joined the meeting.
R 2005.98 | <b>UPDATE COUNTY COUNCILLOR</b>
P The monthly report from the County Councillor had been circulated earlier. Cllr. Gulliver felt that as the County Councillor no longer attends Parish Council meetings the Council has no chance to question her, particularly on the proposed cuts to the Stourminster bus. The Chairman to write to the County Councillor asking her to attend the March meeting.
HC UPDATE DISTRICT COUNCILLOR
P Mrs. Fennimore advised that NDDC had begun consultation on the affordable housing policy and that parish councils would be sent the draft in March. She also reported that the district council tax increase was expected to be below four per cent. Cllr. Tizzard asked whether Wynford Abbas was still listed as a rural exception site; Mrs. Fennimore would find out.
R 2005.99 | <b>PLANNING</b>
P 2/2006/0031 Yew Tree Farm, Wynford Abbas – conversion of barn to two dwellings. After discussion it was resolved to object on the grounds of access onto the C13 and the loss of a traditional farm building.
P 2/2006/0044 The Old Bakery, Hinton Stour – replacement windows. No objection.
P 2/2005/1187 Land at Cann Lane – appeal lodged. Noted.
R 2005.100 | <b>HIGHWAYS</b>
P Cllr. Hames reported that the flooding at Stour Bridge had recurred twice in January and that the road had been closed for a day. The Clerk had written to County Highways who replied that the culvert is on the list for clearance in the new financial year. Cllr. Hames to photograph the flooding next time it happens. The white lines at the crossroads in Wynford Abbas are worn and the Clerk will ask for them to be repainted.
R 2005.101 | <b>FINANCE</b>
P The following cheques were approved: Mrs. Coombs, salary and expenses £214.60; Village Hall, hire £12.00; SLCC subscription £48.00.
P The Chairman presented the draft budget for 2006/07. The Chairman proposed that the precept be set at £5,200, seconded Cllr. Parker; carried unanimously. The Clerk to complete the precept form for NDDC.
R 2005.102 | <b>CORRESPONDENCE</b>
P The list of correspondence received since the last meeting was circulated and noted. The letter from the Stour Valley Band asking for a donation is to be placed on the March agenda.
R 2005.103 | <b>DATE OF NEXT MEETING</b>
P Wednesday 1st March 2006 at 7.30pm in the Village Hall. The meeting closed at 9.15pm.
