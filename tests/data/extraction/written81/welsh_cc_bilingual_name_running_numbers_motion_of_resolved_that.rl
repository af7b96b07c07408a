@title Minutes 9 October 2014
@font Times-Roman
@fontsize 11
@footer - {page} -
HC CYNGOR CYMUNED LLANFEDWY COMMUNITY COUNCIL
P <b>MINUTES</b> of the Monthly Meeting of Llanfedwy Community Council held in the Church Hall, Llanfedwy, on Thursday, 9<super>th</super> October 2014.
P <b>PRESENT:</b> Cllrs. D. R. Lougher (Chairman), Mrs. S. Amesbury, G. Bellamy, P. J. Corrigan, Mrs. H. Dyment, Mrs. A. Ferrier, T. W. Harries, Mrs. E. Ormond, K. Pollard and R. Seabourne.
P <b>ALSO PRESENT:</b> Mrs. J. Whitcombe and Mr. N. Rendle – Re: Proposed Community Orchard, Heol Fach.
P <b>58. PROPOSED COMMUNITY ORCHARD – HEOL FACH</b> The Chairman welcomed Mrs. Whitcombe and Mr. Rendle who had requested permission to address Council on behalf of the Llanfedwy Green Spaces Group. Mrs. Whitcombe explained that the Group wished to plant a community orchard of twenty fruit trees on the Council owned land at Heol Fach and would apply for a grant from the Keep Wales Tidy Local Places for Nature scheme. Mr. Rendle stated that the Group would be responsible for maintenance and would hold public liability insurance. Cllr. Mrs. Dyment asked whether the existing footpath across the land would be affected and was told it would not. The Chairman thanked Mrs. Whitcombe and Mr. Rendle for attending the Meeting and they left the Meeting.
P <b>59. APOLOGIES FOR ABSENCE</b> - Cllrs. M. Griffin, Mrs. L. Jessop and C. Voyle.
P <b>60. DECLARATIONS OF INTEREST.</b> Cllr. G. Bellamy declared an interest in matters relating to Llanfedwy Bowls Club and took no part in discussions.
P <b>61. CONFIRMATION OF MINUTES</b> – The Minutes of the Meeting held on Thursday, 11<super>th</super> September 2014 having been previously circulated were taken as read, and on the Motion of Cllr. T. W. Harries and seconded by Cllr. Mrs. E. Ormond it was RESOLVED - THAT such Minutes be approved as a true record and signed by the Chairman.
P <b>62. MATTERS ARISING FROM THE MINUTES</b>
P <u>Bus Shelter – Cardiff Road</u>
P The Vale of Tafod Council has confirmed that the damaged panels will be replaced by the end of October.
P <u>Christmas Lights</u>
P The contractor has tested the lights and the switch-on will take place on Saturday, 29<super>th</super> November 2014.
P <u>Dog Waste Bins</u>
P Two additional bins have been installed at the recreation ground.
P <b>63. PROPOSED COMMUNITY ORCHARD – HEOL FACH</b> Following the presentation under Minute No. 58, Council discussed the proposal. Cllr. P. J. Corrigan stated that the Council would need to agree a licence with the Group. On the Motion of Cllr. P. J. Corrigan and seconded by Cllr. Mrs. A. Ferrier it was RESOLVED - THAT Council supports the proposal in principle and the Clerk be instructed to prepare a licence agreement for the land at Heol Fach.
P <b>64. POLICE MATTERS</b> - The monthly crime figures for Llanfedwy from South Wales Police had been circulated. There had been 11 crimes reported in September, including three thefts from vehicles. The report was noted.
PB
P <b>65. PLANNING APPLICATIONS</b> – The following applications were considered:
P 2014/00987/FUL – Conversion of barn to dwelling, Ty Uchaf, Llanfedwy – No objection.
P 2014/01012/HH – Rear conservatory, 3 Maes y Llan – No objection.
P 2014/01030/FUL – Erection of 6 dwellings, land off Heol Fach – Cllr. K. Pollard stated that the site access was unsuitable. On the Motion of Cllr. K. Pollard and seconded by Cllr. R. Seabourne it was RESOLVED - THAT Council objects to the application on highway safety grounds.
P <b>66. FINANCIAL MATTERS</b>
P (a) <u>Accounts for Payment</u> – On the Motion of Cllr. Mrs. S. Amesbury and seconded by Cllr. G. Bellamy it was RESOLVED - THAT the accounts for payment totalling £3,184.22 be approved.
P (b) <u>Applications for Financial Assistance</u> – An application had been received from Llanfedwy Scout Group for £250 towards a new tent. Council agreed to donate £200.
P <b>67. REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES</b> – Cllr. Mrs. H. Dyment reported on the meeting of the Vale of Tafod Town and Community Councils Liaison Committee held on 23<super>rd</super> September 2014. Cllr. T. W. Harries reported on the Llanfedwy Primary School governors’ meeting.
P <b>68. CORRESPONDENCE</b> - The list of correspondence received since the last meeting had been circulated. The correspondence was noted.
P <b>69. DATE OF NEXT MEETING</b> – Thursday, 13<super>th</super> November 2014 at 7.00 p.m. in the Church Hall.
P The Meeting closed at 9.10 p.m.
S 20
P Signed ........................................ Chairman Date ....................
