@title Minutes of Ulvergarth Parish Council 20 February 2014
@font Helvetica
@fontsize 10.5
@header {page}
@pageoffset 961
@footer Draft – to be confirmed at next meeting
HC MINUTES OF ULVERGARTH PARISH COUNCIL
C From the meeting held on Thursday 20<super>th</super> February 2014
C Ulvergarth Parish Room, 7.30pm
S 4
P Present: Cllr . A. Dobson (Chairman), Cllr. M. Fell, Cllr. R. Hartley, Cllr. S. Kendall, Cllr. T. Postlethwaite, Dr. E. Hewer (Clerk).
P County/District councillors: Cllr. W. Askew. PCSO J. Tyson.
P Members of the public – 2.
S 4
P <b>1. Apologies for absence</b> Cllr. B. Nelson, Cllr. P. Woodburn, Dist. Cllr. G. Leck. RESOLVED: that the apologies be noted and the reasons noted.
P <b>2. Declarations of interests</b> Cllr. T. Postlethwaite declared an interest in item 9 (b) as the owner of adjoining land.
P <b>3. Requests for dispensations</b> None.
P <b>4. To authorise the chairman to sign as a correct record the minutes of the meeting held on 16<super>th</super> January 2014.</b> RESOLVED: that the minutes of the meeting held on 16<super>th</super> January 2014 be signed by the Chairman as a true record.
P <b>5. To note progress on matters not on today’s agenda – for report and observation only (items requiring a decision to be placed on agenda of next meeting).</b> Cllr. M. Fell reported that the fallen wall at the top of Kirk Brow had still not been rebuilt by the landowner. Action: Clerk to write to the landowner again.
P The Clerk reported that the County Council had replaced the broken grit bin at Tarnside.
P <b>6. Public Forum:</b> Questions, comments or concerns from any local resident. NB. The Council may wish to consider a matter in more detail at a later date before making a full response.
P A member of the public reported standing water on the lane below Ulver Moss after heavy rain and asked whether the drains could be cleared. Cllr. W. Askew offered to report this to County Highways.
P <b>7. Report from Police on any matters of local concern and /or interest to Councillors and residents.</b> PCSO J. Tyson reported two thefts of fuel from farm premises in the Parish during January and asked residents to report vans seen in farm lanes at night. There had been no other recorded crime.
P <b>8. Reports from County and District Councillors.</b> Cllr. W. Askew reported that the County Council budget would be set on 13<super>th</super> February and that the Local Committee would again fund the highways small works scheme. He also reported that the District Council had agreed to keep the free car parking on Saturdays in December.
P <b>9. Planning applications</b> To consider the following applications:
P (a) 6/14/0036 – Conservatory to rear, 4 Church Close, Great Ulvergarth. RESOLVED: that the Parish Council supports the application.
P (b) 6/14/0052 – Change of use of barn to holiday let, Moss Side Farm. Cllr. T. Postlethwaite left the room for this item. Cllr. R. Hartley noted that the lane to the barn was narrow and had no passing places. RESOLVED: that the Parish Council has no objection in principle but asks the planning authority to consider the access.
P <b>10. Finance</b> (a) To approve payments. RESOLVED: that the following payments be approved: Clerk’s salary (January) £228.40; HMRC £57.00; Ulvergarth Parish Room (room hire) £15.00; County ALC training £30.00.
P (b) Bank reconciliation to 31<super>st</super> January 2014. Balance £9,214.62. The reconciliation was noted.
P <b>11. Tarn and amenity land.</b> Cllr. S. Kendall reported that the Haverbeck sub-aqua club had cleared litter from about a fifth of the tarn bed on 9<super>th</super> February. It was agreed that the Council would ask the club to return in the spring to clear the western end. Action: Clerk to write a letter of thanks.
P <b>12. Highways</b> Cllr. R. Hartley reported potholes on the lane from Little Ulvergarth to Tarnside and a missing ‘Road Narrows’ sign at Beck Bridge. Action: Clerk to report to County Highways.
P <b>13. Correspondence</b> Received: County ALC newsletter; Rural Transport Partnership consultation; letter from a resident about dog fouling on the Green. RESOLVED: that the correspondence be noted and the resident be thanked.
P <b>14. Date of next meeting</b> Thursday 20<super>th</super> March 2014, Tarnside Schoolroom, 7.30pm.
S 8
P The meeting closed at 9.10pm.
S 14
P Signed ……………………………………… Chairman          Date ………………………
